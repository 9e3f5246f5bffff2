#!/usr/bin/env bash
# ./atflow studio [--workspace DIR]: starts ATFlow Studio (the Eclipse platform with ATFlow, no native launcher) on a
# workspace with the "ATFlow Examples" project and a ready launch configuration that runs an example against the
# simulated module. Builds the product first when it is missing or older than the sources.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
usage="usage: ./atflow studio [--workspace DIR]   (default workspace: ~/atflow-studio-workspace)"
workspace="$HOME/atflow-studio-workspace"
while [ $# -gt 0 ]; do
  case "$1" in
    --workspace) [ $# -ge 2 ] || atflow_die "--workspace needs a folder; $usage"; workspace=$2; shift 2 ;;
    --workspace=*) workspace=${1#*=}; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    *) atflow_die "unknown option \"$1\"; $usage" ;;
  esac
done

[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || atflow_die "ATFlow Studio needs a display (DISPLAY is not set); on a server try: xvfb-run ./atflow studio"

product="$root/releng/io.atflow.studio.product/target/products/io.atflow.studio.product/linux/gtk/x86_64/atflow-studio"
stamp="$product/configuration/config.ini"
studio_stale() {
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$root/pom.xml" "$root/releng" "$root/plugins" "$root/features" -newer "$stamp" \
      -not -path '*/target/*' -not -path '*/src-gen/*' -not -path '*/bin/*' -not -path '*.tests/*' \
      -type f -print -quit 2>/dev/null)" ]
}
if [ "${ATFLOW_NO_BUILD:-}" != 1 ] && studio_stale; then
  mkdir -p "$ATFLOW_CACHE"
  exec 9>"$ATFLOW_CACHE/build.lock"
  flock 9
  if studio_stale; then
    atflow_select_maven
    log="$ATFLOW_CACHE/studio-build.log"
    echo "atflow: building ATFlow Studio (first use or sources changed; log: $log) ..." >&2
    if ! (cd "$root" && "$ATFLOW_MVN" -q package -DskipTests -pl '!plugins/io.atflow.ui.tests' >"$log" 2>&1); then
      grep -E '^\[ERROR\]' "$log" | head -20 >&2
      atflow_die "the build failed; see $log"
    fi
  fi
  exec 9>&-
fi
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)
[ -n "$launcher" ] || atflow_die "ATFlow Studio is missing in $product; run ./mvnw package"

# the examples become the "ATFlow Examples" project (imported by the Studio on start, see StudioStartup)
examples="$workspace/ATFlow Examples"
if [ ! -d "$examples" ]; then
  mkdir -p "$examples"
  cp -R "$root/examples/." "$examples/"
fi
echo "atflow: starting ATFlow Studio on $workspace" >&2
exec "$JAVA_HOME/bin/java" $(atflow_quiet_jvm_opts) -Datflow.studio.examples="$examples" ${ATFLOW_STUDIO_JAVA_OPTS:-} \
  -jar "$launcher" -data "$workspace"
