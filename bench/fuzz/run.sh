#!/usr/bin/env bash
# Fuzzing, with executions and findings counted:
#   language   bench/lang/fuzz.sh: mutated corpus scripts through parse, validate and format (io.atflow.lang)
#   channel    ChannelFuzz: random and mutated module output into a Session/AtChannel over a fake transport; no
#              exception escapes, no hang, every command and await ends within its timeout, the reader survives,
#              the transcript reads back and never shows the secret (a self-check first proves the checks fire)
#   simulator  SimFuzz: random and mutated command lines into a simulated module; every AT line gets a final result
#              code, the module keeps answering AT, no internal error
# Usage: bench/fuzz/run.sh [--quick]   Environment: LANG_INPUTS (20000), CHANNEL_SESSIONS (20000), SIM_LINES (20000),
#   SEED (the date, printed so a run can be repeated). Exit 1 when anything was found.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"
here="$bench_root/bench/fuzz"
if [ "${1:-}" = --quick ]; then
  : "${LANG_INPUTS:=1000}" "${CHANNEL_SESSIONS:=1000}" "${SIM_LINES:=2000}"
fi
LANG_INPUTS=${LANG_INPUTS:-20000}
CHANNEL_SESSIONS=${CHANNEL_SESSIONS:-20000}
SIM_LINES=${SIM_LINES:-20000}
SEED=${SEED:-$(date +%Y%m%d)}
bench_cli_ready

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=$(cat "$bench_root/plugins/io.atflow.cli/target/cli.classpath")
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$here"/src/io/atflow/bench/fuzz/*.java
java_run() {
  "$JAVA_HOME/bin/java" -Xmx1g $(bench_jvm_opts) -cp "$work/classes:$cp" "$@"
}

status=0
echo "fuzz: seed $SEED; $(bench_machine)" >&2
echo "== language: $LANG_INPUTS inputs" >&2
"$bench_root/bench/lang/fuzz.sh" "$LANG_INPUTS" "$SEED" > "$work/lang.out" 2>&1 || status=1
grep -E '^(FAIL|fuzz:)' "$work/lang.out" || { tail -5 "$work/lang.out"; status=1; }
lang=$(grep -E '^fuzz:' "$work/lang.out" || true)

echo "== channel: $CHANNEL_SESSIONS sessions" >&2
java_run io.atflow.bench.fuzz.ChannelFuzz --selfcheck || { echo "the channel fuzz's checks do not fire" >&2; status=1; }
java_run io.atflow.bench.fuzz.ChannelFuzz "$CHANNEL_SESSIONS" "$SEED" > "$work/channel.out" 2>&1 || status=1
grep -E '^(FINDING|channel fuzz:)' "$work/channel.out" || { tail -5 "$work/channel.out"; status=1; }
channel=$(grep -E '^channel fuzz:' "$work/channel.out" || true)

echo "== simulator: $SIM_LINES lines" >&2
java_run io.atflow.bench.fuzz.SimFuzz "$SIM_LINES" "$SEED" > "$work/sim.out" 2>&1 || status=1
grep -E '^(FINDING|sim fuzz:)' "$work/sim.out" || { tail -5 "$work/sim.out"; status=1; }
sim=$(grep -E '^sim fuzz:' "$work/sim.out" || true)

# "N inputs ... F failures/findings" -> "N executions, F findings"
counts() { sed -E 's/^[a-z ]+: ([0-9]+) ([a-z]+).* ([0-9]+) (failures|findings), ([0-9.]+ s).*/\1 \2, \3 findings, \5/'; }
[ -n "$lang" ] && bench_summary fuzz "language: parse + validate + format of mutated scripts" "$(counts <<< "$lang")" \
  "bench/fuzz/run.sh (bench/lang/fuzz.sh)"
[ -n "$channel" ] && bench_summary fuzz "engine channel: random module output into a Session" \
  "$(sed -E 's/^channel fuzz: ([0-9]+) sessions, ([0-9]+) commands, ([0-9]+) awaits.* ([0-9]+) findings, ([0-9.]+ s).*/\2 commands + \3 awaits in \1 sessions, \4 findings, \5/' <<< "$channel")" \
  "bench/fuzz/run.sh"
[ -n "$sim" ] && bench_summary fuzz "simulator: random and mutated command lines" \
  "$(sed -E 's/^sim fuzz: ([0-9]+) lines.* ([0-9]+) findings, ([0-9.]+ s).*/\1 lines, \2 findings, \3/' <<< "$sim")" \
  "bench/fuzz/run.sh"
exit $status
