#!/usr/bin/env bash
# Simulated-module load: N modules in one JVM each run the registration-free flow (regnwl, connwl, subscribe, a
# property post by length, the reply, close) through AT commands against one embedded platform emulator; prints
# wall time, flow latency percentiles, failures, peak threads and heap.
# Usage: bench/sim/run.sh [devices]   (default 200). Exit 0 when every device completed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
module="$root/plugins/io.atflow.sim"
cd "$root"
# a clean compile of this module only (Tycho's incremental test compile is unreliable after source changes), packaged
# again: clean removes the module's jar, which ./atflow's class path needs
log="$module/target-bench-build.log"
if ! ./mvnw -o -q -pl plugins/io.atflow.sim clean package -DskipTests >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  echo "bench/sim: the build failed; see $log" >&2
  exit 2
fi
rm -f "$log"
cd "$module"
exec "$JAVA_HOME/bin/java" -Xmx1g -cp "target/classes:target/test-classes:$(cat target/test.classpath)" \
  io.atflow.sim.load.SimLoadBench "$@"
