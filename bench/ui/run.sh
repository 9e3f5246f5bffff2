#!/usr/bin/env bash
# Editor benchmark: keystroke-to-annotation latency on a generated 2,000-line script in the ATFlow editor (a real
# workbench under Xvfb). Usage: bench/ui/run.sh [runs] [lines]. Prints the figures (also in bench/ui/target/bench-ui.txt);
# they go into bench/README.md by hand. Installs the bundles first (the reactor without tests, about 2 minutes), among
# them the workbench test bundle io.atflow.ui.tests, whose fragment io.atflow.bench.ui (this folder) is the benchmark.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
cd "$root"
mkdir -p "$ATFLOW_CACHE"
log="$ATFLOW_CACHE/bench-ui-build.log"
build() {
  if ! "$@" >"$log" 2>&1; then
    grep -E '^\[ERROR\]' "$log" | head -20 >&2
    echo "bench/ui: the build failed; see $log" >&2
    exit 2
  fi
}
# clean: a workbench test bundle built before the benchmark moved here would still carry it and shadow this one
build ./mvnw -o -q clean install -DskipTests -pl '!updatesite,!releng/io.atflow.studio.product'
report="$root/bench/ui/target/bench-ui.txt"
rm -f "$report"
build xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -o -q -f bench/ui/pom.xml clean verify \
  -Datflow.bench.runs="${1:-20}" -Datflow.bench.lines="${2:-2000}"
cat "$report"
