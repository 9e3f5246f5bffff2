#!/usr/bin/env bash
# What the debugger costs per exchange (issue 16: breakpoints set but not hit cost at most 5 % more): the same script
# of N `send AT expect OK` lines against one local responder, with and without a debugger, the variants taking turns
# in every round; prints the median microseconds per exchange, the ratio to the run without a debugger, and the
# machine's load. Not a test. Usage: bench/debug/run.sh [--quick]   Environment: N (2000), ROUNDS (7), WARM (3) warm-up rounds.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"
here="$bench_root/bench/debug"
if [ "${1:-}" = --quick ]; then
  : "${N:=500}" "${ROUNDS:=3}"
fi
N=${N:-2000}
ROUNDS=${ROUNDS:-7}
WARM=${WARM:-3}
bench_cli_ready
cli="$bench_root/plugins/io.atflow.cli/target"
cp="$(ls "$cli"/io.atflow.cli-*.jar | head -1):$(cat "$cli/cli.classpath")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$here/src/io/atflow/bench/DebugOverhead.java"
echo "machine: $(bench_machine)"
jvm=(-Xmx1g)
[ "$(atflow_java_major "$JAVA_HOME")" -ge 23 ] && jvm+=(--sun-misc-unsafe-memory-access=allow)
"$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$work/classes:$cp" io.atflow.bench.DebugOverhead "$N" "$ROUNDS" "$WARM"
echo "load average after: $(bench_load)"
