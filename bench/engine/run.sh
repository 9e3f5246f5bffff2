#!/usr/bin/env bash
# Engine throughput, side by side in one run: microseconds per AT -> OK round trip for every client below, each
# against the same responder on the same kind of pty, then against the simulated module on a pty (atflow sim --pty):
#   (a) C client (client.c: write, read until OK)       the physical limit of the pty path
#   (b) pppd's chat(8)                                   (apt package ppp)
#   (c) expect(1); Python: plain os.read/termios loop, and pyserial's read_until (apt python3-serial)
#   (d) the engine: AtChannel over SerialTransport (jSerialComm), and a full Session (transcript file, masking),
#       each with blocking reads only and with ChannelConfig.pollBeforeRead on (the default: polls up to 100 us
#       before blocking in a read, while that has been faster);
#       the Java driver also prints, per exchange, the JVM's voluntary context switches, CPU time and allocation, and
#       the 10th/50th/90th percentiles of single exchanges (as the C client does)
#   (e) ./atflow run on a generated script of `send AT expect OK` lines (per exchange from its transcript's
#       timestamps over the second half of the exchanges, so JVM start, script loading and warm-up are not counted;
#       the whole command is reported separately)
#       and, as its reference, a Session in a JVM started as ./atflow run's is (plugins/io.atflow.cli/jvm.options:
#       C1 only) with as many warm-up exchanges as the run's first half and as many measured as its second
# Usage: bench/engine/run.sh [--quick]
# Environment: N (20000) exchanges per run, WARM (20000) warm-up exchanges (Java; 2000 for the others), N_CHAT (100)
#   for chat, N_RUN (20000) lines of the ./atflow run script (its first half warms the run up, as WARM does for the
#   other Java clients; with 5000 the run was still compiling when its second half was timed), ROUNDS (5) runs per
#   figure (median; the clients take turns in each round so they see the same machine load), PTY (openpty | socat)
#   for the responder's pty,
#   TARGETS ("responder sim"), PIN (a CPU list for taskset: responder, simulator and every client share those CPUs;
#   default: the scheduler places them).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/lib/common.sh"
here="$bench_root/bench/engine"
if [ "${1:-}" = --quick ]; then
  : "${N:=3000}" "${WARM:=3000}" "${N_CHAT:=20}" "${N_RUN:=1000}" "${ROUNDS:=1}"
fi
N=${N:-20000}
WARM=${WARM:-20000}
N_CHAT=${N_CHAT:-100}
N_RUN=${N_RUN:-20000}
ROUNDS=${ROUNDS:-5}
PTY=${PTY:-openpty}
TARGETS=${TARGETS:-responder sim}
WARM_NATIVE=$(( WARM < 2000 ? WARM : 2000 ))
# PIN: this shell's CPU affinity, inherited by the responder, the simulator and every client started from here
[ -n "${PIN:-}" ] && { taskset -pc "$PIN" $$ >/dev/null || atflow_die "PIN=$PIN: taskset failed"; }

bench_install_tools
command -v gcc >/dev/null || atflow_die "gcc is needed (apt-get install gcc)"
command -v socat >/dev/null || atflow_die "socat is needed (apt-get install socat)"
bench_cli_ready

work=$(mktemp -d)
pair_pids=()
sim_pid=
stop_pids() {
  local p
  for p in "$@"; do kill "$p" 2>/dev/null || true; done
  for p in "$@"; do wait "$p" 2>/dev/null || true; done
}
cleanup() {
  stop_pids "${pair_pids[@]}" ${sim_pid:+"$sim_pid"}
  rm -rf "$work"
}
trap cleanup EXIT

gcc -O2 -Wall -o "$work/responder" "$here/responder.c" -lutil
gcc -O2 -Wall -o "$work/client" "$here/client.c"
jar=$(ls "$bench_root"/plugins/io.atflow.engine/target/io.atflow.engine-*.jar | grep -v sources | head -1)
jsc=$(tr ':' '\n' < "$bench_root/plugins/io.atflow.cli/target/cli.classpath" | grep -m1 jSerialComm)
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$jar:$jsc" "$here"/src/io/atflow/bench/*.java

# The responder's pty: one kernel pair made by the responder itself (openpty), or two ptys relayed by socat.
pair_start() {
  rm -f "$work/tty" "$work/b"
  if [ "$PTY" = socat ]; then
    socat pty,raw,echo=0,link="$work/tty" pty,raw,echo=0,link="$work/b" 2>/dev/null &
    pair_pids=($!)
    bench_wait_path "$work/b" && bench_wait_path "$work/tty" || atflow_die "socat did not create the pty pair"
    "$work/responder" "$work/b" &
    pair_pids+=($!)
  else
    "$work/responder" --openpty "$work/tty" &
    pair_pids=($!)
    bench_wait_path "$work/tty" || atflow_die "the responder did not create its pty"
  fi
}
pair_stop() {
  stop_pids "${pair_pids[@]}"
  pair_pids=()
}

sim_start() {
  ATFLOW_NO_BUILD=1 "$bench_root/atflow" sim --pty "$work/sim" --timing fast > "$work/sim.log" 2>&1 &
  sim_pid=$!
  bench_wait_path "$work/sim" 30 || { cat "$work/sim.log" >&2; atflow_die "atflow sim did not create its pty"; }
}
sim_stop() {
  stop_pids "$sim_pid"
  sim_pid=
}

chat_script() { # $1: exchanges
  { echo "TIMEOUT 5"; echo "'' AT"; for _ in $(seq $(( $1 - 1 ))); do echo "OK AT"; done; echo "OK ''"; } \
    > "$work/chat.$1"
}

# ./atflow run: a script of N `send AT expect OK` lines; per exchange from the transcript (first TX to last RES).
run_script() { # $1: exchanges
  { echo "// generated by bench/engine/run.sh: $1 AT/OK exchanges"; echo "profile ec2x"; echo "timeout 60m"
    echo 'step "bench" timeout 60m {'; for _ in $(seq "$1"); do echo "  send AT expect OK"; done; echo "}"
  } > "$work/run.$1.atflow"
}
run_atflow() { # $1: tty; prints "us-per-exchange whole-command-ms"
  local s e t="$work/run.transcript"
  rm -f "$t"
  s=$(date +%s%N)
  bench_cli run "$work/run.$N_RUN.atflow" --port "$1" --transcript "$t" > "$work/run.out" 2>&1 \
    || { echo "bench: ./atflow run failed:" >&2; tail -5 "$work/run.out" >&2; return 1; }
  e=$(date +%s%N)
  # the second half of the exchanges: the JVM has warmed up, as for the other clients' warm-up rounds
  awk -v n="$N_RUN" -v ms=$(( (e - s) / 1000000 )) '
    $2 == "TX" && first == "" { first = $1 }
    $2 == "RES" { res[++r] = $1 }
    END { if (r != n) { print "bench: " r " results in the transcript, expected " n > "/dev/stderr"; exit 1 }
          h = int(n / 2)
          printf "./atflow run: %.1f us per exchange over all %d\n", (res[n] - first) * 1e6 / n, n > "/dev/stderr"
          printf "%.2f %d\n", (res[n] - res[h]) * 1e6 / (n - h), ms }' "$t"
}

tools=(c)
[ -n "$(bench_chat)" ] && tools+=(chat) && chat_script "$N_CHAT"
command -v expect >/dev/null && tools+=(expect)
tools+=(py-termios)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import serial' 2>/dev/null && tools+=(py-serial)
tools+=(channel session channel-poll session-poll)
if bench_has_run; then
  tools+=(session-launcher run)
  run_script "$N_RUN"
fi

measure() { # $1: tool, $2: tty
  case $1 in
    c) "$work/client" "$2" "$WARM_NATIVE" "$N";;
    chat) local s e
      s=$(date +%s%N)
      "$(bench_chat)" -f "$work/chat.$N_CHAT" < "$2" > "$2" || return 1
      e=$(date +%s%N)
      awk -v d=$(( (e - s) / 1000 )) -v n="$N_CHAT" 'BEGIN {printf "%.2f\n", d / n}';;
    expect) expect "$here/tools/atloop.exp" "$2" "$WARM_NATIVE" "$N";;
    py-termios) python3 "$here/tools/atloop.py" termios "$2" "$WARM_NATIVE" "$N";;
    py-serial) /usr/bin/python3 "$here/tools/atloop.py" pyserial "$2" "$WARM_NATIVE" "$N";;
    channel|session|channel-poll|session-poll) "$JAVA_HOME/bin/java" $(bench_jvm_opts) ${BENCH_JAVA_OPTS:-} \
        -cp "$work/classes:$jar:$jsc" io.atflow.bench.EngineRoundTrip "$1" "$2" "$WARM" "$N";;
    session-launcher) "$JAVA_HOME/bin/java" @"$bench_root/plugins/io.atflow.cli/jvm.options" $(bench_jvm_opts) \
        -cp "$work/classes:$jar:$jsc" io.atflow.bench.EngineRoundTrip session-poll "$2" $(( N_RUN / 2 )) $(( N_RUN / 2 ));;
    run) local r
      r=$(run_atflow "$2") || return 1
      echo "${r#* }" >> "$work/$target.run-ms.all"
      echo "${r% *}";;
  esac
}

label() {
  case $1 in
    c) echo "(a) C client: write, read until OK";;
    chat) echo "(b) chat(8) from pppd";;
    expect) echo "(c) expect(1)";;
    py-termios) echo "(c) Python loop: os.read + termios";;
    py-serial) echo "(c) Python loop: pyserial read_until";;
    channel) echo "(d) AtChannel, blocking reads only";;
    session) echo "(d) Session, blocking reads only";;
    channel-poll) echo "(d) engine: AtChannel + SerialTransport";;
    session-poll) echo "(d) engine: Session (+ transcript, masking)";;
    session-launcher) echo "(e) Session as ./atflow run's JVM runs it";;
    run) echo "(e) ./atflow run, per exchange in the run";;
  esac
}

pty_name() { [ "$PTY" = socat ] && echo "socat pty pair" || echo "one openpty pair"; }
echo "engine: N=$N (chat $N_CHAT, ./atflow run $N_RUN) exchanges after WARM=$WARM (non-Java $WARM_NATIVE)," \
  "median of $ROUNDS rounds, clients interleaved; responder on $(pty_name)${PIN:+; all on CPU $PIN}; $(bench_machine)" >&2
for target in $TARGETS; do
  [ "$target" = sim ] && sim_start
  for round in $(seq "$ROUNDS"); do
    for tool in "${tools[@]}"; do
      if [ "$target" = responder ]; then pair_start; tty="$work/tty"; else tty="$work/sim"; fi
      if r=$(measure "$tool" "$tty"); then echo "$r" >> "$work/$target.$tool.all"
      else echo "bench: $tool against the $target failed (round $round)" >&2; fi
      [ "$target" = responder ] && pair_stop
    done
  done
  [ "$target" = sim ] && sim_stop
  for tool in "${tools[@]}"; do
    [ -f "$work/$target.$tool.all" ] || continue
    echo "$target $tool: $(tr '\n' ' ' < "$work/$target.$tool.all")" >&2
    bench_median < "$work/$target.$tool.all" > "$work/$target.$tool"
  done
  [ -f "$work/$target.run-ms.all" ] && bench_median < "$work/$target.run-ms.all" > "$work/$target.run-ms"
done

fig() { [ -s "$work/$1.$2" ] && cat "$work/$1.$2" || echo ""; }
printf '\n%-46s' "AT -> OK, us per exchange (median)"
for target in $TARGETS; do
  case $target in
    responder) printf ' %14s %6s' "C responder" "ratio";;
    sim) printf ' %14s %6s' "sim module" "ratio";;
  esac
done
printf '\n'
for tool in "${tools[@]}"; do
  printf '%-46s' "$(label "$tool")"
  for target in $TARGETS; do
    v=$(fig "$target" "$tool")
    if [ -n "$v" ]; then printf ' %14.1f %6s' "$v" "$(bench_ratio "$v" "$(fig "$target" c)")"
    else printf ' %14s %6s' "failed" "-"; fi
  done
  printf '\n'
done
if [[ " ${tools[*]} " == *" run "* ]]; then
  printf '%-46s' "(e) ./atflow run, whole command (ms, $N_RUN ex.)"
  for target in $TARGETS; do printf ' %14s %6s' "$(fig "$target" run-ms)" ""; done
  printf '\n'
  printf '%-46s' "(e) run / Session (d); / Session as run's JVM"
  for target in $TARGETS; do
    printf ' %14s %6s' "$(bench_ratio "$(fig "$target" run)" "$(fig "$target" session-poll)")" \
      "$(bench_ratio "$(fig "$target" run)" "$(fig "$target" session-launcher)")"
  done
  printf '\n'
else
  echo "(e) ./atflow run: not measured, this build has no run command"
fi
[ -n "$(bench_chat)" ] || echo "(b) chat: not measured, chat(8) is not installed (apt-get install ppp)"
command -v expect >/dev/null || echo "(c) expect: not measured, expect is not installed (apt-get install expect)"
[[ " $TARGETS " == *" responder "* ]] && echo "C responder: $(pty_name) (the responder holds the master; clients" \
  "open the slave like a serial port)"
[[ " $TARGETS " == *" sim "* ]] && echo "sim module: atflow sim --pty (a socat pty relayed to the module's TCP" \
  "server), echo on (ATE1)"

for target in $TARGETS; do
  c=$(fig "$target" c)
  for tool in "${tools[@]}"; do
    v=$(fig "$target" "$tool")
    [ -n "$v" ] && bench_summary engine "$(label "$tool") vs $target" \
      "$(printf '%.1f us (%sx C)' "$v" "$(bench_ratio "$v" "$c")")" "bench/engine/run.sh"
  done
  [ -s "$work/$target.run-ms" ] && bench_summary engine "(e) ./atflow run whole command vs $target" \
    "$(cat "$work/$target.run-ms") ms for $N_RUN exchanges" "bench/engine/run.sh"
done
exit 0
