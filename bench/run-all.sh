#!/usr/bin/env bash
# Every benchmark and reliability section in one command, then one summary table. Separate from the test suite
# (./run-tests and mvn verify never run benchmarks). Each section also runs on its own: bench/<section>/run.sh.
#   engine       AT/OK round trips: C client, chat(8), expect, Python, the engine, ./atflow run; responder and simulator
#   lang         10k-line script: parse, parse + validate, one-line edit + re-validate, format
#   startup      wall time of atflow check, fmt --check, run (two commands, sim) and lsp initialize
#   platform     N MQTT devices connect and post at once to the platform emulator (plain TCP, TLS)
#   sim          N simulated modules register (registration-free) and post through AT commands at once
#   fleet        1,000 simulated modules log in and post through AT commands against ./atflow broker, embedded
#                broker and --upstream mosquitto, nothing lost
#   reliability  fault-injection matrix with ./atflow run
#   fuzz         language, engine channel and simulator fuzzing, executions and findings
#   debug        the same run with and without a debugger (breakpoints set but not hit), per exchange
# Usage: bench/run-all.sh [--quick] [section...]   (--quick: a smoke run of a few minutes; default: all sections)
# Writes bench/results/latest.md (the table, the machine, every section's output). Exit 1 when a section failed.
set -uo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib/common.sh"
quick=
sections=()
for a in "$@"; do
  case $a in
    --quick) quick=--quick;;
    engine|lang|startup|platform|sim|fleet|reliability|fuzz|debug) sections+=("$a");;
    *) echo "usage: bench/run-all.sh [--quick] [engine|lang|startup|platform|sim|fleet|reliability|fuzz|debug]..." >&2; exit 2;;
  esac
done
[ ${#sections[@]} -gt 0 ] || sections=(engine lang startup platform sim fleet reliability fuzz debug)

results="$bench_root/bench/results"
mkdir -p "$results"
BENCH_OUT=$(mktemp -d)
export BENCH_OUT
trap 'rm -rf "$BENCH_OUT"' EXIT
: > "$BENCH_OUT/summary.tsv"

bench_install_tools
echo "bench: building the CLI if sources changed ..." >&2
bench_cli_ready
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
machine_before=$(bench_machine)
commit=$(git -C "$bench_root" rev-parse --short HEAD 2>/dev/null || echo unknown)

failed=()
section() { # name, command...
  local name=$1 start rc
  shift
  echo "=== $name: $*" | sed "s|$bench_root/||g" >&2
  start=$(date +%s)
  "$@" 2>&1 | tee "$BENCH_OUT/$name.log"
  rc=${PIPESTATUS[0]}
  echo "=== $name: exit $rc, $(( $(date +%s) - start )) s" >&2
  if [ "$rc" -ne 0 ]; then
    failed+=("$name")
    bench_summary "$name" "section failed" "exit $rc" "see bench/results/latest.md"
  fi
}

# lang, platform and sim print their own report; their figures are picked from it
grab() { grep -m1 -E "$2" "$BENCH_OUT/$1.log" | sed -E "s/$2/\\1/"; }

for s in "${sections[@]}"; do
  case $s in
    engine) section engine "$bench_root/bench/engine/run.sh" $quick;;
    debug)
      section debug "$bench_root/bench/debug/run.sh" $quick
      for what in "debugger, no breakpoints" "debugger, breakpoints set, not hit"; do
        v=$(grab debug "^$what +([0-9.]+ +[0-9.]+)$")
        [ -n "$v" ] && bench_summary debug "$what (µs per exchange, ratio to no debugger)" "$v" \
          "bench/debug/run.sh"
      done;;
    lang)
      if [ -n "$quick" ]; then section lang "$bench_root/bench/lang/run.sh" 10000 3
      else section lang "$bench_root/bench/lang/run.sh" 10000 10; fi
      lines=$(grab lang '^script: ([0-9]+) lines.*')
      for what in "parse" "parse \+ validate" "one-line edit \+ re-validate" "parse \+ format"; do
        v=$(grab lang "^$what: +median +([0-9.]+ ms).*")
        [ -n "$v" ] && bench_summary lang "${what//\\/} (${lines:-?}-line script, median)" "$v" \
          "bench/lang/run.sh 10000"
      done;;
    platform)
      if [ -n "$quick" ]; then variants=("--devices 50 --seconds 3")
      else variants=("--devices 200 --seconds 10" "--devices 200 --seconds 10 --tls"); fi
      for args in "${variants[@]}"; do
        name=platform
        [[ $args == *--tls* ]] && name=platform-tls
        # shellcheck disable=SC2086
        section "$name" "$bench_root/bench/platform/run.sh" $args
        [ -f "$BENCH_OUT/$name.log" ] || continue
        conn=$(grab "$name" '^devices +(.*)$')
        rep=$(grab "$name" '^replies +(.*)$')
        lat=$(grab "$name" '^reply latency ms +(.*)$')
        [ -n "$conn" ] && bench_summary platform "MQTT devices ($args): connect" "$conn" "bench/platform/run.sh $args"
        [ -n "$rep" ] && bench_summary platform "MQTT devices ($args): property posts" \
          "$(grab "$name" '^posts +(.*)$'); replies $rep; latency ms $lat" "bench/platform/run.sh $args"
      done;;
    sim)
      n=200
      [ -n "$quick" ] && n=50
      section sim "$bench_root/bench/sim/run.sh" "$n"
      done_line=$(grab sim '^(devices .*)$')
      lat=$(grab sim '^flow latency (.*)$')
      [ -n "$done_line" ] && bench_summary sim "simulated modules: register (regnwl) + post by AT, at once" \
        "$done_line; latency $lat" "bench/sim/run.sh $n";;
    fleet)
      n=1000
      [ -n "$quick" ] && n=100
      args=(--modules "$n" --posts 5)
      command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || args+=(embedded)
      section fleet "$bench_root/bench/fleet/run.sh" "${args[@]}"
      for v in embedded upstream; do
        line=$(grep -A3 "^fleet $v:" "$BENCH_OUT/fleet.log" | grep -m1 -E '^  registered' | sed 's/^  //')
        rate=$(grep -A4 "^fleet $v:" "$BENCH_OUT/fleet.log" | grep -m1 -E '^  wall' | sed 's/^  //')
        [ -n "$line" ] && bench_summary fleet "$n modules via ./atflow broker ($v): login + 5 posts by AT, at once" \
          "$line; $rate" "bench/fleet/run.sh --modules $n $v"
      done;;
    startup)
      if [ -n "$quick" ]; then section startup "$bench_root/bench/startup/run.sh" 3
      else section startup "$bench_root/bench/startup/run.sh" 9; fi;;
    reliability) section reliability "$bench_root/bench/reliability/run.sh" $quick;;
    fuzz) section fuzz "$bench_root/bench/fuzz/run.sh" $quick;;
  esac
done

table() {
  echo "| section | what | figure | command |"
  echo "|---|---|---|---|"
  awk -F'\t' '{gsub(/\|/, "\\|"); printf "| %s | %s | %s | `%s` |\n", $1, $2, $3, $4}' "$BENCH_OUT/summary.tsv"
}
{
  echo "# ATFlow benchmarks: $started, commit $commit${quick:+ (--quick)}"
  echo
  echo "Machine at the start: $machine_before; at the end: load average $(bench_load)."
  echo
  table
  for s in "$BENCH_OUT"/*.log; do
    echo
    echo "## $(basename "$s" .log)"
    echo
    echo '```'
    sed "s|$bench_root/||g" "$s"
    echo '```'
  done
} > "$results/latest.md"

echo
echo "SUMMARY ($started, commit $commit${quick:+, --quick}; $machine_before)"
table
echo
echo "full report: bench/results/latest.md"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed sections: ${failed[*]}"
  exit 1
fi
