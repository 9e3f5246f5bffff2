#!/usr/bin/env bash
# Sums the test time per bundle from the surefire reports the last build left (plain and workbench tests), slowest
# bundle first, with the number of tests; then the slowest test classes. Less load-sensitive than the wall time of
# ./run-tests, and it says where the time goes. Classes that ran side by side (atflow.tests.concurrent) overlap, so
# a bundle's sum can exceed its wall time.
# Usage: releng/scripts/test-times.sh [classes-to-list] [checkout]   (after ./run-tests or ./mvnw verify there)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
top=${1:-10}
cd "${2:-$root}"
shopt -s nullglob
reports=(plugins/*/target/surefire-reports/TEST-*.xml)
[ ${#reports[@]} -gt 0 ] || { echo "test-times: no surefire reports under plugins/*/target (run the tests first)" >&2; exit 1; }
# one line per class: bundle seconds tests class (the <testsuite> element's attributes)
for f in "${reports[@]}"; do
  bundle=${f#plugins/}; bundle=${bundle%%/*}
  sed -n 's/.*<testsuite \(.*\)>.*/\1/p' "$f" | head -1 | awk -v b="$bundle" '{
    t = ""; n = ""; c = ""
    if (match($0, / time="[0-9.]+"/)) t = substr($0, RSTART + 7, RLENGTH - 8)
    if (match($0, / tests="[0-9]+"/)) n = substr($0, RSTART + 8, RLENGTH - 9)
    if (match($0, / name="[^"]+"/)) c = substr($0, RSTART + 7, RLENGTH - 8)
    print b, t, n, c }'
done >"${TMPDIR:-/tmp}/atflow-test-times.$$"
trap 'rm -f "${TMPDIR:-/tmp}/atflow-test-times.$$"' EXIT
awk '{ s[$1] += $2; n[$1] += $3; all += $2; tests += $3 }
     END { for (b in s) printf "%8.1f s %6d tests  %s\n", s[b], n[b], b
           printf "%8.1f s %6d tests  all bundles\n", all, tests > "/dev/stderr" }' \
  "${TMPDIR:-/tmp}/atflow-test-times.$$" 2>&1 | sort -k1,1 -rn
echo "slowest classes:"
sort -k2,2 -rn "${TMPDIR:-/tmp}/atflow-test-times.$$" | head -"$top" | awk '{ printf "%8.1f s  %s  %s\n", $2, $1, $4 }'
