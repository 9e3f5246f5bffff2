#!/usr/bin/env bash
# Engine benchmark: microseconds per AT/OK round trip over a pty pair made by socat, against a minimal C responder.
#   C client (the physical baseline)  vs  the engine: AtChannel over SerialTransport (jSerialComm), and a full Session
#   (transcript file + secret masking). Each figure is the median of ROUNDS runs of N exchanges after WARM warm-up
#   exchanges; the variants take turns within each round so that they see the same machine load.
#   Environment: N (20000), WARM (20000), ROUNDS (5).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/bench/engine"
. "$root/releng/build-env.sh"
atflow_select_jdk
N=${N:-20000}
WARM=${WARM:-20000}
ROUNDS=${ROUNDS:-5}
command -v socat >/dev/null || atflow_die "socat is needed (apt-get install socat)"
command -v gcc >/dev/null || atflow_die "gcc is needed (apt-get install gcc)"

work=$(mktemp -d)
socat_pid=
responder_pid=
pair_stop() {
  [ -n "$responder_pid" ] && kill "$responder_pid" 2>/dev/null && wait "$responder_pid" 2>/dev/null || true
  [ -n "$socat_pid" ] && kill "$socat_pid" 2>/dev/null && wait "$socat_pid" 2>/dev/null || true
  socat_pid= responder_pid=
  rm -f "$work/a" "$work/b"
}
trap 'pair_stop; rm -rf "$work"' EXIT

# A fresh pty pair and responder per run: closing one end of a socat pty pair ends socat.
pair_start() {
  socat pty,raw,echo=0,link="$work/a" pty,raw,echo=0,link="$work/b" 2>/dev/null &
  socat_pid=$!
  for _ in $(seq 200); do [ -e "$work/a" ] && [ -e "$work/b" ] && break; sleep 0.01; done
  [ -e "$work/a" ] || atflow_die "socat did not create the pty pair"
  "$work/responder" "$work/b" &
  responder_pid=$!
}

gcc -O2 -Wall -o "$work/responder" "$here/responder.c"
gcc -O2 -Wall -o "$work/client" "$here/client.c"

jar=$(ls "$root"/plugins/io.atflow.engine/target/io.atflow.engine-*.jar 2>/dev/null | grep -v sources | head -1 || true)
if [ -z "$jar" ]; then
  echo "building the engine jar ..." >&2
  atflow_select_maven
  (cd "$root" && "$ATFLOW_MVN" -o -q -pl plugins/io.atflow.engine package -DskipTests)
  jar=$(ls "$root"/plugins/io.atflow.engine/target/io.atflow.engine-*.jar | grep -v sources | head -1)
fi
jsc=$(tr ':' '\n' < "$root/plugins/io.atflow.cli/target/cli.classpath" 2>/dev/null | grep -m1 jSerialComm || true)
[ -n "$jsc" ] || jsc=$(ls "$HOME"/.m2/repository/com/fazecast/jSerialComm/*/jSerialComm-*.jar | grep -v sources | tail -1)
"$JAVA_HOME/bin/javac" -d "$work/classes" -cp "$jar:$jsc" "$here/src/io/atflow/bench/EngineRoundTrip.java"
java_run() {
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${BENCH_JAVA_OPTS:-} -cp "$work/classes:$jar:$jsc" \
    io.atflow.bench.EngineRoundTrip "$@"
}

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
run_variant() {
  case $1 in
    c) "$work/client" "$work/a" "$WARM" "$N";;
    channel) java_run channel "$work/a" "$WARM" "$N";;
    session) java_run session "$work/a" "$WARM" "$N";;
  esac
}

echo "N=$N exchanges after WARM=$WARM, median of $ROUNDS rounds (variants interleaved); $(nproc) CPUs;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)" >&2
for round in $(seq "$ROUNDS"); do
  for v in c channel session; do
    pair_start
    r=$(run_variant "$v")
    pair_stop
    echo "$r" >> "$work/$v.all"
  done
done
for v in c channel session; do
  echo "$v: $(tr '\n' ' ' < "$work/$v.all")" >&2
  median < "$work/$v.all" > "$work/$v.median"
done

c=$(cat "$work/c.median")
printf '\n%-44s %12s %8s\n' "variant (AT -> OK over a socat pty pair)" "us/exchange" "ratio"
for v in c channel session; do
  m=$(cat "$work/$v.median")
  case $v in
    c) name="C client (baseline)";;
    channel) name="engine: AtChannel + SerialTransport";;
    session) name="engine: Session (+ transcript, masking)";;
  esac
  printf '%-44s %12.2f %8.2f\n' "$name" "$m" "$(awk -v a="$m" -v b="$c" 'BEGIN {print a / b}')"
done
