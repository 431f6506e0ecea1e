#!/bin/bash
# Side-by-side timing of one method, QuantumApps CLI vs psi4 1.3.2, alternating A/B ROUNDS times in one window.
# Usage: bench/chemistry/compare_psi4.sh XYZ BASIS METHOD ROUNDS [--fc]
#   METHOD: a psi4 method name (fci, ccsd, ccsd(t)); the CLI gets the same name in --methods.
# Prints one line per run: who, round, the method's energy, the process CPU time (user+sys, /usr/bin/time, whole
# process: .NET start-up, integrals, SCF included for QuantumApps; python import excluded for psi4, whose figure covers
# psi4.energy(), i.e. integrals + SCF + the method) and wall times (QuantumApps: the method's own "seconds" from the
# JSON output; psi4: psi4.energy()). psi4 runs with 2 threads and its default point-group symmetry (see psi4_run.py);
# QuantumApps uses both cores; its FCI runs in the reference symmetry sector found in the integrals (README, FCI section).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
xyz="$(realpath "$1")"; basis="$2"; method="$3"; rounds="$4"; fc="${5:-}"
cli="$root/src/Cli/QuantumApps.Cli/bin/Release/net10.0/quantumapps"
[ -x "$cli" ] || dotnet build "$root/src/Cli/QuantumApps.Cli" -c Release >/dev/null
work="$(mktemp -d)"
fcopt=(); [ "$fc" = "--fc" ] && fcopt=(--frozen-core auto)
for r in $(seq 1 "$rounds"); do
  /usr/bin/time -f "%U %S" -o "$work/t" "$cli" molecule energy "$xyz" --basis "$basis" "${fcopt[@]}" --methods "$method" --format json -q > "$work/q.json" 2>/dev/null || true
  read -r u s < "$work/t"
  python3 - "$work/q.json" "$u" "$s" "$r" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); m = d["methods"][0]
print(f"quantumapps round={sys.argv[4]} energy={m['energy']} method_wall={m['seconds']:.2f} process_cpu={float(sys.argv[2]) + float(sys.argv[3]):.2f} status={m['status']}")
PY
  (cd "$work" && PYTHONPATH=/usr/lib/x86_64-linux-gnu /usr/bin/python3 "$here/psi4_run.py" "$xyz" "$basis" "$method" --threads 2 $fc | grep '^REF' | sed "s/^REF/psi4 round=$r/")
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC')"
rm -rf "$work"
