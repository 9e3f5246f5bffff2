#!/usr/bin/env bash
# Fault-injection matrix: each row runs `./atflow run` against a module with one fault injected and records what
# happened (exit code, the verdict line, how long it took, how complete the transcript is), then compares it with the
# expected outcome: PASS or FAIL. The module is the simulator on a pty (`atflow sim --pty`, faults with --fault or by
# killing its pty relay) or, for what the simulator does not do, a scripted module on a pty pair
# (bench/reliability/responder.py). Flows: bench/reliability/flows/. Secrets come from the emulator's default
# registry through the environment (never printed).
# Usage: bench/reliability/run.sh [--quick]   (--quick: one kill -9 instead of KILLS)   Environment: KILLS (5).
# Exit 1 when a row fails.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"
here="$bench_root/bench/reliability"
flows="$here/flows"
[ "${1:-}" = --quick ] && : "${KILLS:=1}"
KILLS=${KILLS:-5}
bench_cli_ready
bench_has_run || atflow_die "this build has no 'atflow run'; the matrix needs it"
command -v socat >/dev/null || atflow_die "socat is needed (apt-get install socat)"

work=$(mktemp -d)
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

cp=$(cat "$bench_root/plugins/io.atflow.cli/target/cli.classpath")
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$cp" "$here"/src/io/atflow/bench/reliability/*.java
tool() { "$JAVA_HOME/bin/java" $(bench_jvm_opts) -cp "$work/classes:$cp" "io.atflow.bench.reliability.$1" "${@:2}"; }
# the flows' secret("i2uqc2dloOl/device001") resolves from the environment, as headless runs do
while IFS= read -r assignment; do export "$assignment"; done < <(tool SecretEnv i2uqc2dloOl/device001)

# --- modules --------------------------------------------------------------------------------------------------
sim_pid=
sim_start() { # faults...
  rm -f "$work/tty"
  local args=() f
  for f in "$@"; do args+=(--fault "$f"); done
  ATFLOW_NO_BUILD=1 "$bench_root/atflow" sim --pty "$work/tty" --timing fast "${args[@]}" > "$work/sim.log" 2>&1 &
  sim_pid=$!
  pids+=("$sim_pid")
  bench_wait_path "$work/tty" 30 || { cat "$work/sim.log" >&2; atflow_die "atflow sim did not create its pty"; }
}
responder_pid=
responder_start() { # mode
  rm -f "$work/tty" "$work/module.log"
  python3 "$here/responder.py" "$1" "$work/tty" "$work/module.log" &
  responder_pid=$!
  pids+=("$responder_pid")
  bench_wait_path "$work/tty" 10 || atflow_die "the scripted module did not create its pty"
}

# --- one run ----------------------------------------------------------------------------------------------------
rc=0 ms=0 verdict= transcript=
run_flow() { # flow [port]
  local start end
  rm -f "$work/run.transcript"
  start=$(date +%s%N)
  set +e
  bench_cli run "$1" --port "${2:-$work/tty}" --transcript "$work/run.transcript" > "$work/run.out" 2>&1
  rc=$?
  set -e
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  verdict=$(grep -E '^(PASSED|FAILED|ERROR|ABORTED|atflow:)' "$work/run.out" | tail -1 | sed "s|$bench_root/||g")
  [ -n "$verdict" ] || verdict=$(tail -1 "$work/run.out")
  transcript=$(tool TranscriptCheck "$work/run.transcript" 2>&1 || true)
}

# --- the table ----------------------------------------------------------------------------------------------------
rows=0 failed=0
{
  echo "| fault | injected | expected | observed | transcript | result |"
  echo "|---|---|---|---|---|---|"
} > "$work/table.md"
record() { # fault, injected, expected text, expected rc, verdict regex, max ms
  local result=PASS
  if [ "$rc" != "$4" ] || ! grep -qE "$5" <<< "$verdict" || [ "$ms" -gt "$6" ]; then result=FAIL; failed=$((failed + 1)); fi
  rows=$((rows + 1))
  printf '| %s | %s | %s | exit %s in %.1f s: %s | %s | %s |\n' "$1" "$2" "$3" "$rc" "$(awk -v m="$ms" 'BEGIN {print m / 1000}')" \
    "$(sed 's/|/\\|/g' <<< "$verdict")" "$transcript" "$result" >> "$work/table.md"
  echo "$result  $1: exit $rc, $verdict" >&2
}

echo "reliability: $(bench_machine)" >&2

sim_start
run_flow "$flows/mqtt-post.atflow"
record "none (baseline)" "atflow sim --pty" "exit 0" 0 '^PASSED' 20000
stop "$sim_pid"

sim_start drop-link=0@6s
run_flow "$flows/mqtt-wait.atflow"
record "MQTT link drop" "--fault drop-link=0@6s while awaiting +QMTRECV" \
  "exit 1 at once, the script's +QMTSTAT handler names the cause" 1 'MQTT link lost: \+QMTSTAT: 0,1' 15000
stop "$sim_pid"

sim_start reboot@6s
run_flow "$flows/mqtt-wait.atflow"
record "reboot during an await" "--fault reboot@6s (RDY and boot URCs)" \
  "exit 1 at once, the script's RDY handler names it" 1 'the module restarted' 15000
stop "$sim_pid"

responder_start rdy
run_flow "$flows/csq.atflow"
record "reboot mid-command" "scripted: RDY instead of the answer to AT+CSQ" \
  "exit 1, file:line, the restart named" 1 'csq.atflow:8: .*restarted \(RDY\)' 10000
stop "$responder_pid"

sim_start noise=0.3
run_flow "$flows/mqtt-post.atflow"
record "line noise" "--fault noise=0.3 (1-6 random bytes before 30 % of responses)" "exit 0" 0 '^PASSED' 20000
stop "$sim_pid"

sim_start
( sleep 6; relay=$(pgrep -P "$sim_pid" -x socat) && kill $relay ) & # the sim's own relay, by its id
pids+=($!)
run_flow "$flows/mqtt-wait.atflow"
record "unplugged port" "the pty's relay (socat) killed while awaiting" \
  "exit 2 at once, one sentence naming the port" 2 "^ERROR .*$(basename "$work")/tty stopped working" 15000
stop "$sim_pid"

run_flow "$flows/csq.atflow" "$work/no-such-tty"
record "port missing" "--port names no device" "exit 2, one sentence naming the port" 2 "no-such-tty" 10000

sim_start slow=5ms chunk=4
run_flow "$flows/mqtt-post.atflow"
record "slow module" "--fault slow=5ms --fault chunk=4 (4-byte writes, 5 ms apart)" "exit 0 (slower)" 0 '^PASSED' 30000
stop "$sim_pid"

responder_start silent
run_flow "$flows/csq.atflow"
record "no answer" "scripted: AT+CSQ never answered" "exit 1 after the 3 s command timeout, file:line" 1 \
  'csq.atflow:8: AT\+CSQ got no final result code within 3 s' 10000
stop "$responder_pid"

responder_start late
run_flow "$flows/late.atflow"
record "late answer" "scripted: echo on, the timed-out AT+CSQ answered just before the retry's echo" \
  "exit 0: the retry gets its own answer, the late one is a URC" 0 '^PASSED' 10000
stop "$responder_pid"

responder_start oversized
run_flow "$flows/csq.atflow"
record "oversized line" "scripted: 100,000 bytes without line end, then the answer" "exit 0 (the line is cut at 64 KiB and reported)" \
  0 '^PASSED' 10000
stop "$responder_pid"

responder_start endless
run_flow "$flows/csq.atflow"
record "endless line" "scripted: 6 MB/s without a line end" "exit 1 after the 3 s timeout, memory bounded" 1 \
  'csq.atflow:8: AT\+CSQ got no final result code within 3 s' 10000
stop "$responder_pid"

for mode in lf-only garbage; do
  responder_start "$mode"
  run_flow "$flows/csq.atflow"
  case $mode in
    lf-only) record "malformed: LF line ends" "scripted: answers framed with LF only" "exit 0" 0 '^PASSED' 10000;;
    garbage) record "malformed: binary garbage" "scripted: 200 random bytes (NUL, 0xFF) before the answer" "exit 0" 0 \
      '^PASSED' 10000;;
  esac
  stop "$responder_pid"
done
for mode in truncated wrong-shape error cme; do
  responder_start "$mode"
  run_flow "$flows/csq.atflow"
  case $mode in
    truncated) record "malformed: final code cut" "scripted: OK without CR LF, then silence" \
      "exit 1 after the timeout, file:line" 1 'csq.atflow:8: AT\+CSQ got no final result code' 10000;;
    wrong-shape) record "malformed: field missing" "scripted: +CSQ: 20 (no second field)" \
      "exit 1, expected versus seen" 1 'csq.atflow:8: expected \+CSQ: \{rssi\},\{ber\}, got \+CSQ: 20' 10000;;
    error) record "malformed: ERROR" "scripted: ERROR for AT+CSQ" "exit 1, file:line, ERROR explained" 1 \
      'csq.atflow:8: .*got ERROR \(' 10000;;
    cme) record "malformed: +CME ERROR" "scripted: +CME ERROR: 10" "exit 1, the code's meaning" 1 \
      'csq.atflow:8: .*\+CME ERROR: 10 \(SIM not inserted\)' 10000;;
  esac
  stop "$responder_pid"
done

# kill -9 mid-run: the transcript must read back and lose at most its last line
{ echo "// generated by bench/reliability/run.sh"; echo "profile ec2x"; echo "timeout 60m"
  echo 'step "many" timeout 60m {'; for _ in $(seq 50000); do echo "  send AT"; done; echo "}"; } > "$work/many.atflow"
kills_ok=0 kill_notes=()
for k in $(seq "$KILLS"); do
  responder_start ok
  rm -f "$work/run.transcript"
  ATFLOW_NO_BUILD=1 "$bench_root/atflow" run "$work/many.atflow" --port "$work/tty" --transcript "$work/run.transcript" \
    > "$work/run.out" 2>&1 &
  run_pid=$!
  for _ in $(seq 400); do [ -s "$work/module.log" ] && break; sleep 0.05; done
  sleep "0.$(( RANDOM % 9 + 1 ))$(( RANDOM % 10 ))"
  kill -9 "$run_pid" 2>/dev/null || true
  krc=0
  wait "$run_pid" 2>/dev/null || krc=$?
  sleep 0.2
  stop "$responder_pid"
  if [ "$krc" != 137 ]; then note="the run ended (exit $krc) before the kill"
  elif note=$(tool TranscriptCheck "$work/run.transcript" "$work/module.log"); then kills_ok=$((kills_ok + 1)); fi
  kill_notes+=("$note")
  echo "kill -9 #$k: $note" >&2
done
rc=137 ms=0 verdict="$kills_ok of $KILLS transcripts read back with nothing the module received missing"
transcript="last: ${kill_notes[-1]}"
if [ "$kills_ok" = "$KILLS" ]; then result=PASS; else result=FAIL; failed=$((failed + 1)); fi
rows=$((rows + 1))
printf '| kill -9 mid-run | kill -9 of ./atflow run at a random moment, %s times | every transcript reads back, at most its last line lost | %s | %s | %s |\n' \
  "$KILLS" "$verdict" "$transcript" "$result" >> "$work/table.md"
echo "$result  kill -9: $verdict" >&2

echo
cat "$work/table.md"
echo
echo "$((rows - failed)) passed, $failed failed"
bench_summary reliability "fault-injection matrix ($rows rows)" "$((rows - failed)) of $rows as expected" \
  "bench/reliability/run.sh"
[ "$failed" -eq 0 ]
