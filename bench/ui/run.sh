#!/usr/bin/env bash
# Editor benchmark: keystroke-to-annotation latency on a generated 2,000-line script in the ATFlow editor (a real
# workbench under Xvfb). Usage: bench/ui/run.sh [runs] [lines]. Figures go into bench/README.md by hand.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
cd "$root"
./mvnw -o -q -pl plugins/io.atflow.lang,plugins/io.atflow.lang.ide,plugins/io.atflow.ui,features/io.atflow.feature \
  install -DskipTests >/dev/null
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -o -q -pl plugins/io.atflow.ui.tests verify \
  -Dtest=ReconcileLatencyBench -Dsurefire.failIfNoSpecifiedTests=false \
  "-Dtycho.testArgLine=-Datflow.bench.runs=${1:-20} -Datflow.bench.lines=${2:-2000}" >/dev/null
cat plugins/io.atflow.ui.tests/target/bench-ui.txt
