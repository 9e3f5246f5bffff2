# Sourced by the bench/ scripts: the project root, the JDK, tool installation, the CLI, medians and the summary file.
# shellcheck shell=bash
bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$bench_root/releng/build-env.sh"
atflow_select_jdk

# Installs the Debian packages the benchmarks use when a tool is missing and we are root (as releng/test-deps.sh
# does for the tests). Without root, missing tools are reported in the tables instead.
bench_install_tools() {
  local need=()
  command -v socat >/dev/null 2>&1 || need+=(socat)
  command -v gcc >/dev/null 2>&1 || need+=(gcc libc6-dev)
  command -v chat >/dev/null 2>&1 || [ -x /usr/sbin/chat ] || need+=(ppp)
  command -v expect >/dev/null 2>&1 || need+=(expect)
  [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import serial' 2>/dev/null || need+=(python3-serial)
  command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || need+=(mosquitto)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "bench: missing ${need[*]} (not root: those columns are skipped; apt-get install ${need[*]})" >&2
    return 0
  fi
  echo "bench: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1; } \
    || echo "bench: could not install ${need[*]} with apt-get; those columns are skipped" >&2
}

bench_chat() { command -v chat 2>/dev/null || { [ -x /usr/sbin/chat ] && echo /usr/sbin/chat; }; }

# The ATFlow CLI of this tree, built once (./atflow rebuilds the reactor when sources changed).
bench_cli_ready() {
  [ -n "${BENCH_CLI_READY:-}" ] && return 0
  "$bench_root/atflow" --help >/dev/null 2>&1 || atflow_die "the CLI does not start; run ./atflow --help to see why"
  export BENCH_CLI_READY=1
}
bench_cli() { ATFLOW_NO_BUILD=1 "$bench_root/atflow" "$@"; }
# In the background write `ATFLOW_NO_BUILD=1 "$bench_root/atflow" ... &` (not bench_cli ... &): then $! is the JVM
# itself (./atflow execs java), so it can be stopped or killed by that id.
bench_has_run() { bench_cli --help 2>&1 | grep -q '^  atflow run '; }

bench_median() { sort -g | awk '{v[NR]=$1} END {if (NR) print v[int((NR+1)/2)]}'; }
bench_ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b}'; }
bench_load() { cut -d' ' -f1-3 /proc/loadavg; }
bench_machine() {
  echo "$(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), load average $(bench_load)," \
    "$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
}

# One row of the run-all summary when BENCH_OUT is set: section, what, figure, how it was produced.
bench_summary() {
  [ -n "${BENCH_OUT:-}" ] || return 0
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$BENCH_OUT/summary.tsv"
}

# Waits up to $2 seconds (default 10) for the path $1 to exist.
bench_wait_path() {
  local i
  for i in $(seq $(( ${2:-10} * 20 ))); do [ -e "$1" ] && return 0; sleep 0.05; done
  return 1
}

# JVM options for running project code outside ./atflow: native access for jSerialComm, and Netty's Unsafe use
# allowed on JDK 23+ (as ./atflow does), so no warnings end up in the figures' output.
bench_jvm_opts() {
  local opts=(--enable-native-access=ALL-UNNAMED)
  [ "$(atflow_java_major "$JAVA_HOME")" -ge 23 ] && opts+=(--sun-misc-unsafe-memory-access=allow)
  echo "${opts[@]}"
}
