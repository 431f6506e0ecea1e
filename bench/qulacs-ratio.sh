#!/usr/bin/env bash
# Ratio table QuantumApps / qulacs, measured side by side on this machine.
#
#   bench/qulacs-ratio.sh ANCHOR_DIR [-r ROUNDS] [-n "20 24"] [-t "1 2"] [-b BATCHES] [-o RAW_LOG]
#
# ANCHOR_DIR is the output folder of shared/anchors/qulacs/build.sh (it holds qbench and pauli631.txt). The script
# builds bench/QuantumApps.Benchmarks (Release) once, then runs, in every round and for every thread count T, each
# job of our harness (`QuantumApps.Benchmarks qbench ...`, QUANTUMAPPS_THREADS=T) and of qulacs' (`qbench ...`,
# OMP_NUM_THREADS=T) as alternating processes — ours first in odd rounds, qulacs first in even ones — so both
# see the same machine load. Jobs: `gates N` for each size (RX on N/2, 0, 1, 5, N-1; H; CNOT N/2-1->N/2, 0->1, 1->0;
# the HEA layer), `vqe 12 pauli631.txt` (<H> of 631 terms, 100-parameter adjoint gradients) and `qaoa 20
# data/graphs/regular3-n20.txt 3` (MaxCut QAOA p = 3 energy + gradient). Each process prints BATCHES timed batches
# per operation (after warm-up and calibration to >= 40 ms). The table gives, per operation and thread count, the
# minimum and the median over all batches of all rounds of the process CPU time per call (clock_gettime
# PROCESS_CPUTIME, all threads) for each side, and the ratios ours/qulacs of both (< 1: ours is faster).
# CHECK lines (norm, <H>, gradient entries, QAOA <C>) of the two sides are compared and a mismatch is reported.
# Defaults: 3 rounds, sizes 20 24, threads 1 2, 3 batches: about 6-9 minutes on the 2-core machine.
# Exit codes: 0 done, 2 usage or missing input, 1 a run failed or a CHECK value disagreed.
set -euo pipefail

usage() { echo "usage: $0 ANCHOR_DIR [-r ROUNDS] [-n \"20 24\"] [-t \"1 2\"] [-b BATCHES] [-o RAW_LOG]" >&2; exit 2; }
[ $# -ge 1 ] || usage
anchor="$(cd "$1" 2>/dev/null && pwd)" || { echo "error: $1: no such directory (build it with shared/anchors/qulacs/build.sh)" >&2; exit 2; }
shift
rounds=3 sizes="20 24" threads="1 2" batches=3 raw=""
while getopts "r:n:t:b:o:" opt; do
  case "$opt" in
    r) rounds="$OPTARG" ;; n) sizes="$OPTARG" ;; t) threads="$OPTARG" ;; b) batches="$OPTARG" ;; o) raw="$OPTARG" ;;
    *) usage ;;
  esac
done
for v in "$rounds" "$batches" $sizes $threads; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "error: '$v' is not a positive integer" >&2; exit 2; }
done
qb="$anchor/qbench" pauli="$anchor/pauli631.txt"
[ -x "$qb" ] || { echo "error: $qb: not found or not executable (run shared/anchors/qulacs/build.sh $anchor)" >&2; exit 2; }
[ -f "$pauli" ] || { echo "error: $pauli: not found (run shared/anchors/qulacs/build.sh $anchor)" >&2; exit 2; }

root="$(cd "$(dirname "$0")/.." && pwd)"
graph="$root/data/graphs/regular3-n20.txt"
[ -f "$graph" ] || { echo "error: $graph: not found" >&2; exit 2; }
echo "building bench/QuantumApps.Benchmarks (Release) ..." >&2
dotnet build "$root/bench/QuantumApps.Benchmarks" -c Release -nologo -v quiet >/dev/null \
  || { echo "error: dotnet build of bench/QuantumApps.Benchmarks failed" >&2; exit 1; }
ours_dll="$root/bench/QuantumApps.Benchmarks/bin/Release/net10.0/QuantumApps.Benchmarks.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -n "$raw" ] || raw="$work/raw.log"
: > "$raw"

jobs=()
for n in $sizes; do jobs+=("gates $n"); done
jobs+=("vqe 12 $pauli" "qaoa 20 $graph 3")

run_side() { # side thr job...
  local side="$1" thr="$2"; shift 2
  if [ "$side" = ours ]; then
    QB_BATCHES="$batches" QUANTUMAPPS_THREADS="$thr" dotnet "$ours_dll" qbench "$@"
  else
    QB_BATCHES="$batches" OMP_NUM_THREADS="$thr" "$qb" "$@"
  fi
}

start=$SECONDS
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2 == 1)); then order="ours qulacs"; else order="qulacs ours"; fi
  for thr in $threads; do
    for job in "${jobs[@]}"; do
      for side in $order; do
        # shellcheck disable=SC2086
        if ! out="$(run_side "$side" "$thr" $job 2>&1)"; then
          echo "error: $side qbench $job (threads $thr) failed:" >&2; echo "$out" | tail -5 >&2; exit 1
        fi
        printf '%s\n' "$out" | sed "s/^/round=$r /" >> "$raw"
      done
    done
    echo "round $r/$rounds, threads $thr done ($((SECONDS - start)) s)" >&2
  done
done

# CHECK agreement: the values both sides print (norm, E_H, dE0, dE1, dE99, Z0, dZ0_0, C) within 1e-8 relative (counts
# such as params differ by design: qulacs counts one parameter per gate, ours one per layer and kind).
status=0
if ! awk '
  /(^| )CHECK / {
    impl = ""; ctx = ""
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "impl") impl = kv[2]; if (kv[1] == "n" || kv[1] == "p" || kv[1] == "terms") ctx = ctx kv[1] kv[2] }
    for (i = 1; i <= NF; i++) {
      split($i, kv, "=")
      if (kv[1] !~ /^(norm|E_H|dE0|dE1|dE99|Z0|dZ0_0|C)$/) continue
      v[impl, ctx, kv[1]] = kv[2]; keys[ctx, kv[1]] = 1
    }
  }
  END {
    bad = 0
    for (k in keys) {
      split(k, part, SUBSEP)
      a = v["quantumapps", part[1], part[2]]; b = v["qulacs", part[1], part[2]]
      if (a == "" || b == "") continue
      d = a - b; if (d < 0) d = -d; s = (b < 0 ? -b : b); if (s < 1) s = 1
      if (d > 1e-8 * s) { printf "CHECK mismatch %s %s: quantumapps %s, qulacs %s\n", part[1], part[2], a, b; bad = 1 }
    }
    exit bad
  }' "$raw" >&2; then status=1; fi

# Table: min and median of cpu per (n, thr, op, impl) over all batches and rounds.
awk '/(^| )RES / {
    for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
    printf "%s %s %s %s %.9g\n", f["n"], f["thr"], f["op"], f["impl"], f["cpu"]
  }' "$raw" | sort -k1,1n -k2,2n -k3,3 -k4,4 -k5,5g > "$work/cpu"
awk -v A=quantumapps -v B=qulacs -f "$root/bench/ratio-table.awk" "$work/cpu"
echo "(process CPU seconds per call; ratio = ours / qulacs; $rounds alternating rounds, $batches batches each; $(date -u '+%Y-%m-%d %H:%M UTC'); total $((SECONDS - start)) s)"
exit $status
