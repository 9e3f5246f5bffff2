#!/usr/bin/env bash
# IoT platform emulator load: N devices (Paho clients) connect at once, subscribe to their post_reply topic and post
# a property every M ms for S seconds; prints connections/s, posts/s, reply latency percentiles and lost replies.
# Usage: bench/platform/run.sh [--devices 200] [--seconds 10] [--interval-ms 200] [--tls]
# Exit 0 when every device connected and every post was answered. Figures go into bench/README.md by hand.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
module="$root/plugins/io.atflow.platform"
cd "$root"
# a clean compile of this module only (Tycho's incremental test compile is unreliable after source changes), packaged
# again: clean removes the module's jar, which ./atflow's class path needs
mkdir -p "$ATFLOW_CACHE"
log="$ATFLOW_CACHE/bench-platform-build.log"
if ! ./mvnw -o -q -pl plugins/io.atflow.platform clean package -DskipTests >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  echo "bench/platform: the build failed; see $log" >&2
  exit 2
fi
rm -f "$log"
cd "$module"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test.classpath)" \
  io.atflow.platform.load.LoadBench "$@"
