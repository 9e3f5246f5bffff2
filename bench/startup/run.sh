#!/usr/bin/env bash
# Start-up of the command line, in wall seconds (median of N rounds, default 7): `atflow check FILE`,
# `atflow fmt --check FILE`, `atflow run` of a two-command script against the simulated module, and `atflow lsp`
# answering `initialize`. Each figure three ways, interleaved round by round so all see the same load: the launcher's
# default (unsigned class path and, on JDK 24+, one ahead-of-time cache per command), ATFLOW_NO_AOT=1 (the dynamic
# class-data-sharing archive instead, as on JDK 21-23) and ATFLOW_NO_CDS=1 (plain class path, no cache); the
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
measure() { # mode (aot|cds|plain), case
  local env=()
  [ "$1" = cds ] && env=(ATFLOW_NO_AOT=1)
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
caches="$bench_root/plugins/io.atflow.cli/target/cds"
for c in "${cases[@]}"; do # the first runs of each command write its caches; not measured
  measure aot "$c" >/dev/null; measure aot "$c" >/dev/null
  measure cds "$c" >/dev/null; measure cds "$c" >/dev/null
done
for c in "${cases[@]}"; do # JDK 24+ assembles the ahead-of-time cache in the background: wait (at most 2 minutes)
  for _ in $(seq 600); do ls "$caches/$c".aotconf* >/dev/null 2>&1 || break; sleep 0.2; done
done
for r in $(seq "$rounds"); do
  for c in "${cases[@]}"; do
    for m in aot cds plain; do measure "$m" "$c" >> "$work/$m-$c"; done
  done
done
echo "load after: $(bench_load)"
printf '| command | default (s) | ATFLOW_NO_AOT=1 (s) | ATFLOW_NO_CDS=1 (s) | default / NO_AOT | default / NO_CDS |\n'
printf '|---|---:|---:|---:|---:|---:|\n'
for c in "${cases[@]}"; do
  a=$(bench_median < "$work/aot-$c"); d=$(bench_median < "$work/cds-$c"); b=$(bench_median < "$work/plain-$c")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$c" "$a" "$d" "$b" "$(bench_ratio "$a" "$d")" "$(bench_ratio "$a" "$b")"
  bench_summary startup "$c (median of $rounds, s)" "$a" "bench/startup/run.sh"
done
