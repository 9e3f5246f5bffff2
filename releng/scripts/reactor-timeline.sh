#!/usr/bin/env bash
# When each module of a build started and ended, from the build's log: which modules waited for which (the critical
# path of `-T 2`). ./run-tests writes time stamps into its log; save it with `./run-tests 2>&1 | tee build.log`.
# Usage: releng/scripts/reactor-timeline.sh build.log
# Prints one line per module, by start: seconds from the first module's start to the module's start and end (its
# summary time or its last goal's start, whichever is later), and how long it took.
set -euo pipefail
log=${1:?usage: reactor-timeline.sh BUILD-LOG (a ./run-tests log with time stamps)}
[ -r "$log" ] || { echo "reactor-timeline: cannot read $log" >&2; exit 2; }
grep -q '^[0-9][0-9]:[0-9][0-9]:[0-9][0-9] \[INFO\] Building ' "$log" \
  || { echo "reactor-timeline: $log has no time-stamped 'Building' lines (a ./run-tests log has them)" >&2; exit 2; }
grep -q 'Reactor Summary' "$log" \
  || { echo "reactor-timeline: $log has no reactor summary (the build did not end)" >&2; exit 2; }
awk '
  function secs(t,  a) { split(t, a, ":"); return a[1] * 3600 + a[2] * 60 + a[3] }
  # "HH:MM:SS [INFO] Building io.atflow.cli 0.1.0-SNAPSHOT   [13/20]": a module starts
  $2 == "[INFO]" && $3 == "Building" && $NF ~ /^\[[0-9]+\/[0-9]+\]$/ {
    t = secs($1); if (first == "") first = t
    start[$4] = t - first; order[++n] = $4; next }
  # "HH:MM:SS [INFO] --- plugin:version:goal (id) @ artifactId ---": the module still works (Maven'"'"'s summary times
  # leave out parts of a parallel build, so a module ends at its last goal'"'"'s start at the earliest)
  !summary && $2 == "[INFO]" && $3 == "---" && $(NF - 2) == "@" { last[$(NF - 1)] = secs($1) - first; next }
  /Reactor Summary/ { summary = 1; next }
  # "io.atflow.cli ...... SUCCESS [ 45.123 s]" or "[01:05 min]" (the parent: "ATFlow 0.1.0-SNAPSHOT ...")
  summary && / (SUCCESS|FAILURE|SKIPPED) \[/ {
    name = $3; d = $0; sub(/.*\[ */, "", d); sub(/\].*/, "", d)
    if (d ~ /min$/) { split(d, mm, "[: ]"); dur[name] = mm[1] * 60 + mm[2] } else { sub(/ s$/, "", d); dur[name] = d + 0 }
    match($0, / (SUCCESS|FAILURE|SKIPPED) \[/); status[name] = substr($0, RSTART + 1, RLENGTH - 3) }
  END {
    printf "%7s %7s %7s  %s\n", "start", "end", "took", "module (seconds from the first module start)"
    for (i = 1; i <= n; i++) { m = order[i]
      end = start[m] + dur[m]; if (last[m] > end) end = last[m]
      printf "%7.0f %7.0f %7.0f  %s %s\n", start[m], end, end - start[m], m, status[m] == "SUCCESS" ? "" : status[m] }
  }' "$log"
