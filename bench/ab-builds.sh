#!/usr/bin/env bash
# Old/new A/B of our own harness: two builds of bench/QuantumApps.Benchmarks run alternately (new first in odd rounds).
#
#   bench/ab-builds.sh OLD_DLL NEW_DLL [-r ROUNDS] [-t "1 2"] [-b BATCHES] -- JOB [JOB ...]
#
# OLD_DLL / NEW_DLL: QuantumApps.Benchmarks.dll of the two builds (e.g. main's, built in a detached worktree, and
# this branch's). Each JOB is a qbench argument list in quotes ("gates 20", "kernels 20", "vqe 12 FILE", ...). Prints
# the table of bench/ratio-table.awk with ratio = new / old of the process CPU time per call (min and median over all
# batches and rounds); < 1 means the new build is faster. Exit 2 on usage errors, 1 if a run fails.
set -euo pipefail
usage() { echo "usage: $0 OLD_DLL NEW_DLL [-r ROUNDS] [-t \"1 2\"] [-b BATCHES] -- JOB [JOB ...]" >&2; exit 2; }
[ $# -ge 2 ] || usage
old="$1" new="$2"; shift 2
[ -f "$old" ] || { echo "error: $old: not found" >&2; exit 2; }
[ -f "$new" ] || { echo "error: $new: not found" >&2; exit 2; }
rounds=3 threads="1" batches=3
while getopts "r:t:b:" opt; do
  case "$opt" in r) rounds="$OPTARG" ;; t) threads="$OPTARG" ;; b) batches="$OPTARG" ;; *) usage ;; esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2 == 1)); then order="new old"; else order="old new"; fi
  for thr in $threads; do
    for job in "$@"; do
      for side in $order; do
        dll="$old"; [ "$side" = new ] && dll="$new"
        # shellcheck disable=SC2086
        out="$(QB_BATCHES="$batches" QUANTUMAPPS_THREADS="$thr" dotnet "$dll" qbench $job 2>&1)" \
          || { echo "error: $side qbench $job failed:" >&2; echo "$out" | tail -5 >&2; exit 1; }
        printf '%s\n' "$out" | sed "s/impl=quantumapps/impl=$side/" >> "$work/raw"
      done
    done
  done
  echo "round $r/$rounds done" >&2
done
awk '/(^| )RES / {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    printf "%s %s %s %s %.9g\n", f["n"], f["thr"], f["op"], f["impl"], f["cpu"]
  }' "$work/raw" | sort -k1,1n -k2,2n -k3,3 -k4,4 -k5,5g > "$work/cpu"
awk -v A=new -v B=old -f "$root/bench/ratio-table.awk" "$work/cpu"
echo "(process CPU seconds per call; ratio = new / old; $rounds alternating rounds, $batches batches each; $(date -u '+%Y-%m-%d %H:%M UTC'))"
