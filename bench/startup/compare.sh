#!/usr/bin/env bash
# Start-up of this checkout against another built checkout (e.g. a worktree of the previous commit), alternating
# command by command so both see the same load: `atflow check FILE`, `atflow fmt --check FILE`, `atflow run` of a
# two-command script against the simulated module and `atflow lsp`
# answering `initialize` (run from each checkout's root, whose scripts are its workspace), each with the launcher's
# default caches. Prints the median wall seconds and the median CPU seconds (user + system; on a loaded machine the
# CPU time is the steadier figure, the wall time is what the targets are about).
# Usage: bench/startup/compare.sh OTHER_CHECKOUT [rounds]   (rounds: default 9)
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../lib/common.sh"
other=$(cd "${1:?usage: bench/startup/compare.sh OTHER_CHECKOUT [rounds]}" && pwd)
rounds=${2:-9}
[ -f "$other/plugins/io.atflow.cli/target/cli.classpath" ] || { echo "build $other first (./atflow --help there)" >&2; exit 2; }
bench_cli_ready
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lsp_client="$bench_root/bench/startup/lsp_initialize.py"
printf 'send AT\nsend ATI expect /Quectel/\n' > "$work/two.atflow"

one() { # checkout case -> "wall cpu" in seconds
  local dir=$1 file="$1/examples/7-property-post.atflow"
  case $2 in
    check) /usr/bin/time -f '%e %U %S' -o "$work/t" env ATFLOW_NO_BUILD=1 "$dir/atflow" check "$file" >/dev/null 2>&1 || true ;;
    fmt) /usr/bin/time -f '%e %U %S' -o "$work/t" env ATFLOW_NO_BUILD=1 "$dir/atflow" fmt --check "$file" >/dev/null 2>&1 || true ;;
    run) /usr/bin/time -f '%e %U %S' -o "$work/t" env ATFLOW_NO_BUILD=1 "$dir/atflow" run "$work/two.atflow" >/dev/null 2>&1 || true ;;
    lsp) (cd "$dir" && /usr/bin/time -f '%e %U %S' -o "$work/t" env ATFLOW_NO_BUILD=1 python3 "$lsp_client" "$dir/atflow" \
        >"$work/lsp" 2>/dev/null) || true
      # the client's own figure (until initialize is answered); CPU: the whole run including shutdown
      awk -v w="$(cat "$work/lsp")" '{printf "%s %.2f\n", w, $2 + $3}' "$work/t"; return ;;
  esac
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/t"
}

echo "machine: $(bench_machine)"
cases=(check fmt run lsp)
for c in "${cases[@]}"; do # first runs write each command's caches (and assemble them in the background)
  for d in "$bench_root" "$other"; do one "$d" "$c" >/dev/null; one "$d" "$c" >/dev/null; done
done
sleep 20
for c in "${cases[@]}"; do for d in "$bench_root" "$other"; do one "$d" "$c" >/dev/null; done; done
for r in $(seq "$rounds"); do
  for c in "${cases[@]}"; do
    one "$bench_root" "$c" >> "$work/this-$c"
    one "$other" "$c" >> "$work/other-$c"
  done
done
echo "load after: $(bench_load)"
printf '| command | this wall (s) | other wall (s) | ratio | this CPU (s) | other CPU (s) | ratio |\n|---|---:|---:|---:|---:|---:|---:|\n'
for c in "${cases[@]}"; do
  tw=$(cut -d' ' -f1 "$work/this-$c" | bench_median); ow=$(cut -d' ' -f1 "$work/other-$c" | bench_median)
  tc=$(cut -d' ' -f2 "$work/this-$c" | bench_median); oc=$(cut -d' ' -f2 "$work/other-$c" | bench_median)
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$c" "$tw" "$ow" "$(bench_ratio "$tw" "$ow")" "$tc" "$oc" "$(bench_ratio "$tc" "$oc")"
done
