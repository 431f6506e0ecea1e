#!/usr/bin/env bash
# HEA layer (RX on every qubit + CNOT ring), QuantumApps (gate by gate and fused) against qulacs, alternating processes
# in rounds, one thread, process CPU time; prints min and median per implementation and the ratios ours / qulacs.
# Ours runs 3 timed batches per process (the first batches of a fresh process run tier-0 JIT code).
# Usage: bench/fusion-vs-qulacs.sh [ROUNDS] [N...]    (qulacs harness: ../shared/anchors/qulacs/build.sh, default
# /tmp/qulacs-anchor; override with QBENCH=path). Build ours first:
#   dotnet build bench/QuantumApps.Benchmarks -c Release
set -euo pipefail
rounds=${1:-3}; shift || true
sizes=("${@:-20 24}")
here=$(cd "$(dirname "$0")" && pwd)
ours="$here/QuantumApps.Benchmarks/bin/Release/net10.0/QuantumApps.Benchmarks.dll"
qbench=${QBENCH:-/tmp/qulacs-anchor/qbench}
[ -f "$ours" ] || { echo "error: $ours not built (dotnet build bench/QuantumApps.Benchmarks -c Release)" >&2; exit 2; }
[ -x "$qbench" ] || { echo "error: qulacs harness $qbench not found (../shared/anchors/qulacs/build.sh)" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for n in ${sizes[*]}; do
  for ((r = 0; r < rounds; r++)); do
    if (( r % 2 == 0 )); then
      dotnet "$ours" fusion 3 "$n" --only HEA_layer | grep 'op=HEA_layer' >> "$log"
      OMP_NUM_THREADS=1 "$qbench" gates "$n" | grep 'op=HEA_layer' >> "$log"
    else
      OMP_NUM_THREADS=1 "$qbench" gates "$n" | grep 'op=HEA_layer' >> "$log"
      dotnet "$ours" fusion 3 "$n" --only HEA_layer | grep 'op=HEA_layer' >> "$log"
    fi
  done
done
awk '
  { impl=""; n=""; op=""; cpu="";
    for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1]=="impl") impl=kv[2]; if (kv[1]=="n") n=kv[2]; if (kv[1]=="op") op=kv[2]; if (kv[1]=="cpu") cpu=kv[2] }
    key = n " " impl ":" op; v[key] = v[key] " " cpu; keys[key] = 1 }
  function stats(s, out,   a, m, i, j, t) { m = split(s, a, " "); for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    out["min"] = a[1]; out["med"] = (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
  END {
    printf "%-4s %-40s %12s %12s %10s %10s\n", "n", "implementation", "min cpu s", "median s", "min/qulacs", "med/qulacs"
    for (k in keys) { split(k, p, " "); stats(v[k], s); mn[k] = s["min"]; md[k] = s["med"]; if (p[2] ~ /^qulacs/) { qmin[p[1]] = s["min"]; qmed[p[1]] = s["med"] } }
    for (k in keys) { split(k, p, " "); printf "%-4s %-40s %12.4g %12.4g %10.3f %10.3f\n", p[1], p[2], mn[k], md[k], mn[k] / qmin[p[1]], md[k] / qmed[p[1]] }
  }' "$log" | sort -k1,1n -k2
