#!/usr/bin/env bash
# Fleet benchmark: N simulated modules (default 1000) in one JVM, all at once, each driven through AT commands only:
# a login (--login secret: device-secret login signed by the module, AT+QMTCFG="aliauth", plain TCP; --login regnwl:
# registration-free regnwl over TLS, then connwl with the issued token), subscribe to post_reply, P property posts
# (default 5, QoS 1) each awaiting its reply, close. Against `./atflow broker` (its own process) with the embedded broker, and
# with `--upstream` in front of Debian's mosquitto. Prints, per variant: wall time, posts/s, reply latency p50/p99,
# peak memory (VmHWM) of every process, /proc/loadavg at start and end, and whether anything was lost.
# Usage: bench/fleet/run.sh [--modules N] [--posts P] [--login secret|regnwl] [--packet-timeout S] [embedded] [upstream]
# (default: 1000 modules, 5 posts, secret, the module's 5 s packet timeout (AT+QMTCFG="timeout"), both variants)
# Exit 0 only when every module completed and every post had its reply in every variant run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
modules=1000
posts=5
login=secret
packet_timeout=0
variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --modules) modules=$2; shift 2;;
    --posts) posts=$2; shift 2;;
    --login) login=$2; shift 2;;
    --packet-timeout) packet_timeout=$2; shift 2;;
    embedded|upstream) variants+=("$1"); shift;;
    *) echo "bench/fleet: unknown argument $1 (--modules N, --posts P, --login secret|regnwl, --packet-timeout S," \
         "embedded, upstream)" >&2; exit 2;;
  esac
done
[ ${#variants[@]} -gt 0 ] || variants=(embedded upstream)
mosquitto=$(command -v mosquitto || echo /usr/sbin/mosquitto)
if [[ " ${variants[*]} " == *" upstream "* ]] && [ ! -x "$mosquitto" ]; then
  echo "bench/fleet: mosquitto is not installed (apt-get install mosquitto); run with 'embedded' only or install it" >&2
  exit 2
fi

cd "$root"
# the driver is in the CLI's test classes (io.atflow.cli.tests, compiled, not run): build and install the CLI and
# the bundles it needs
# (the class path ./atflow records points into the local Maven repository)
mkdir -p "$ATFLOW_CACHE"
log="$ATFLOW_CACHE/bench-fleet-build.log"
if ! ./mvnw -o -q -pl plugins/io.atflow.cli.tests -am install -DskipTests >"$log" 2>&1; then
  grep -E '^\[ERROR\]' "$log" | head -20 >&2
  echo "bench/fleet: the build failed; see $log" >&2
  exit 2
fi
cli="$root/plugins/io.atflow.cli/target"
jar=$(ls "$cli"/io.atflow.cli-*.jar | head -1)
cp="$root/plugins/io.atflow.cli.tests/target/test-classes:$jar:$(cat "$cli/cli.classpath")"

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu() { awk '{printf "%.1f s", ($14 + $15) / 100}' "/proc/$1/stat" 2>/dev/null || echo "?"; }
peak() { awk '/^VmHWM:/ {printf "%d MB", $2/1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }
await_line() { # file pattern
  for _ in $(seq 1 600); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "bench/fleet: no '$2' in $1:" >&2; cat "$1" >&2; return 1
}

status=0
for variant in "${variants[@]}"; do
  dir="$work/$variant"; mkdir -p "$dir"
  upstream=()
  mpid=
  if [ "$variant" = upstream ]; then
    mport=$(free_port)
    printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nuser %s\nlog_dest file %s\nlog_type error\nlog_type warning\n' \
      "$mport" "$(id -un)" "$dir/mosquitto.log" >"$dir/mosquitto.conf"
    "$mosquitto" -c "$dir/mosquitto.conf" >"$dir/mosquitto.out" 2>&1 &
    mpid=$!; pids+=("$mpid")
    for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$mport") 2>/dev/null && break; sleep 0.1; done
    upstream=(--upstream "tcp://127.0.0.1:$mport")
  fi
  "$JAVA_HOME/bin/java" $(atflow_quiet_jvm_opts) -cp "$cp" io.atflow.cli.broker.fleet.FleetBench \
    --write-registry "$dir/registry.txt" --modules "$modules"
  ATFLOW_NO_BUILD=1 ./atflow broker --port 0 --tls-port 0 --https-port 0 --registry "$dir/registry.txt" \
    "${upstream[@]}" >"$dir/broker.out" 2>&1 &
  bpid=$!; pids+=("$bpid")
  await_line "$dir/broker.out" "ready; Ctrl-C stops"
  mqtt=$(sed -n 's/.*MQTT      tcp:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$dir/broker.out")
  tls=$(sed -n 's/.*MQTT\/TLS  ssl:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$dir/broker.out")
  echo "== $variant: atflow broker (pid $bpid) on $mqtt/$tls${mpid:+, mosquitto (pid $mpid) on $mport}"
  if ! "$JAVA_HOME/bin/java" -Xmx2g $(atflow_quiet_jvm_opts) -cp "$cp" io.atflow.cli.broker.fleet.FleetBench --modules "$modules" \
      --posts "$posts" --login "$login" --packet-timeout "$packet_timeout" --mqtt "$mqtt" --mqtt-tls "$tls" --label "$variant"; then
    status=1
  fi
  echo "  atflow broker: peak RSS $(peak "$bpid"), CPU $(cpu "$bpid"), $(grep -c '^.* connect ' "$dir/broker.out" \
    || true) logins logged"
  [ -n "$mpid" ] && echo "  mosquitto: peak RSS $(peak "$mpid"), CPU $(cpu "$mpid")"
  grep -E 'upstream .* lost|Exception' "$dir/broker.out" | head -5 || true
  kill "$bpid" 2>/dev/null || true; wait "$bpid" 2>/dev/null || true
  [ -n "$mpid" ] && { kill "$mpid" 2>/dev/null || true; wait "$mpid" 2>/dev/null || true; }
done
exit $status
