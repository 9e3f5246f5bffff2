#!/usr/bin/env bash
# Start-up of the command line, in wall seconds (median of N rounds, default 7): `atflow check FILE`,
# `atflow fmt --check FILE`, `atflow run` of a two-command script against the simulated module, and `atflow lsp`
# answering `initialize`. Each figure with the launcher's class-data-sharing archives and unsigned class path
# (the default) and without them (ATFLOW_NO_CDS=1), interleaved round by round so both see the same load; the
# machine's load is printed before and after. Usage: bench/startup/run.sh [rounds]
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
rounds=${1:-7}
bench_cli_ready
here="$bench_root/bench/startup"
file="$bench_root/examples/7-property-post.atflow"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'send AT\nsend ATI expect /Quectel/\n' > "$work/two.atflow"

wall() { # seconds of one command, or "fail"
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { echo fail; return 0; }
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}'
}
measure() { # mode (cds|plain), case
  local env=()
  [ "$1" = plain ] && env=(ATFLOW_NO_CDS=1)
  case $2 in
    check) wall env "${env[@]}" ATFLOW_NO_BUILD=1 "$bench_root/atflow" check "$file" ;;
    fmt) wall env "${env[@]}" ATFLOW_NO_BUILD=1 "$bench_root/atflow" fmt --check "$file" ;;
    run) wall env "${env[@]}" ATFLOW_NO_BUILD=1 "$bench_root/atflow" run "$work/two.atflow" ;;
    lsp) env "${env[@]}" ATFLOW_NO_BUILD=1 python3 "$here/lsp_initialize.py" "$bench_root/atflow" ;;
  esac
}

echo "machine: $(bench_machine)"
cases=(check fmt run lsp)
for c in "${cases[@]}"; do # the first run of each command writes its archive; not measured
  measure cds "$c" >/dev/null; measure cds "$c" >/dev/null
done
for r in $(seq "$rounds"); do
  for c in "${cases[@]}"; do
    measure cds "$c" >> "$work/cds-$c"
    measure plain "$c" >> "$work/plain-$c"
  done
done
echo "load after: $(bench_load)"
printf '| command | default (s) | ATFLOW_NO_CDS=1 (s) | ratio |\n|---|---:|---:|---:|\n'
for c in "${cases[@]}"; do
  a=$(bench_median < "$work/cds-$c"); b=$(bench_median < "$work/plain-$c")
  printf '| %s | %s | %s | %s |\n' "$c" "$a" "$b" "$(bench_ratio "$a" "$b")"
  bench_summary startup "$c (median of $rounds, s)" "$a" "bench/startup/run.sh"
done
