#!/usr/bin/env bash
# Measures the figures quoted in README.md's Build section:
#   cold: `clean verify` (all tests) with an empty local Maven repository (every artifact downloaded)
#   warm: the same command again with that repository filled
#   (both with -T 2, as ./run-tests runs them; ATFLOW_BUILD_THREADS=N as there)
#   warm build only: `clean verify -DskipTests` (compile, package, products, update-site install test; no tests)
# Usage: releng/scripts/measure-build.sh [scratch-dir]   (needs the test prerequisites of ./run-tests)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/build-env.sh"
atflow_select_jdk
atflow_select_maven
scratch=${1:-$(mktemp -d /tmp/atflow-measure.XXXXXX)}
repo="$scratch/m2"
mkdir -p "$repo"
cd "$root"
run() { # label [maven options]
  local t0 t1 label=$1
  shift
  t0=$(date +%s.%N)
  xvfb-run -a -s "-screen 0 1600x1000x24" "$ATFLOW_MVN" -q -T "${ATFLOW_BUILD_THREADS:-2}" -Dmaven.repo.local="$repo" clean verify "$@" >"$scratch/$label.log" 2>&1 \
    || { echo "$label build failed, see $scratch/$label.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  printf '%s: %.0f s\n' "$label" "$(echo "$t1 - $t0" | bc)"
}
run "cold clean verify (all tests)"
run "warm clean verify (all tests)"
run "warm clean verify -DskipTests" -DskipTests
echo "local repository: $(du -sh "$repo" | cut -f1); update-site zip: $(du -h updatesite/target/*.zip | cut -f1)"
