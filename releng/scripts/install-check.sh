#!/usr/bin/env bash
# Starts an Eclipse installation headless and checks that every plug-in of io.atflow.feature activates in it.
#   usage: install-check.sh <eclipse installation dir>
set -euo pipefail
ide=${1:?usage: install-check.sh <eclipse installation dir>}
launcher=$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
[ -n "$launcher" ] || { echo "install-check: no equinox launcher in $ide/plugins" >&2; exit 2; }
. "$(dirname "${BASH_SOURCE[0]}")/../build-env.sh"
atflow_select_jdk
exec "$JAVA_HOME/bin/java" -jar "$launcher" -nosplash -data "$ide/../install-check-workspace" \
  -application io.atflow.studio.installcheck -checkFeature io.atflow.feature
