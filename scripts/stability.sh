#!/usr/bin/env bash
# The stability check (issue #17): the Chromium browser suite N times (default 10), each run with
# a CPU-heavy process beside it (a busy loop: the suite then gets at most half the machine it would
# otherwise have, as on a loaded CI runner), and the failures of each run, by test.
#
#   scripts/stability.sh [N] [files or wtr options…]   e.g. scripts/stability.sh 3 "test/a11y/**/*.test.ts"
#
# Each run's log is kept in $STABILITY_DIR (default /tmp/stability-<date>). The machine's load and
# its busiest processes are printed before each run: on a shared machine, others' work is beside
# the suite too, and the figures mean little without it. Exit status: 0 if every run passed.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
[ $# -gt 0 ] && shift
dir=${STABILITY_DIR:-/tmp/stability-$(date -u +%Y%m%dT%H%M%S)}
mkdir -p "$dir"

node -e 'for (;;) {}' &
hog=$!
run_pid=
# Stopped early (Ctrl+C, a CI timeout): the busy loop and the run in progress go too.
trap 'kill "$hog" 2>/dev/null; [ -n "$run_pid" ] && kill -- -"$run_pid" 2>/dev/null' EXIT
trap 'exit 130' INT TERM

echo "Chromium suite, $runs runs, beside a busy loop (pid $hog); logs in $dir"
failed_runs=0
summary=()
for i in $(seq 1 "$runs"); do
  echo
  echo "== Run $i/$runs at $(date -u +%H:%M:%S) UTC; load average:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
  echo "   busiest processes:"
  ps -eo pcpu=,args= --sort=-pcpu | head -5 | cut -c1-110 | sed 's/^/     /'
  start=$(date +%s)
  # In its own process group, so that stopping this script stops the runner and its browser too.
  setsid npx wtr "$@" >"$dir/run-$i.log" 2>&1 &
  run_pid=$!
  wait "$run_pid"
  rc=$?
  run_pid=
  secs=$(($(date +%s) - start))
  # The runner's last summary line: "Chrome: |███| 40/40 test files | 560 passed, 0 failed".
  counts=$(grep -aoE '[0-9]+ passed, [0-9]+ failed' "$dir/run-$i.log" | tail -1)
  failures=$(grep -ac '❌' "$dir/run-$i.log")
  echo "   exit $rc in ${secs}s: ${counts:-no summary}"
  if [ "$rc" -ne 0 ]; then
    failed_runs=$((failed_runs + 1))
    # Each failure as the runner names it (file, then the test), without the colour codes.
    sed -e 's/\x1b\[[0-9;]*[A-Za-z]//g' "$dir/run-$i.log" | grep -a -B1 -A2 '❌' | sed 's/^/   | /' | head -60
  fi
  summary+=("run $i: exit $rc, ${secs}s, ${counts:-no summary}, $failures failure line(s)")
done

echo
echo "== Summary: $failed_runs of $runs runs failed"
printf '%s\n' "${summary[@]}"
[ "$failed_runs" -eq 0 ]
