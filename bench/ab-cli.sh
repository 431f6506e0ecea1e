#!/usr/bin/env bash
# Old/new A/B of whole CLI processes: two builds of `quantumapps` run alternately (new first in odd rounds), each run timed
# by /usr/bin/time (user + system CPU and wall of the whole process: start-up, JIT, compute, output).
#
#   bench/ab-cli.sh OLD_DIR NEW_DIR [-r ROUNDS] [-i REGEX] -- ARGS...
#
# OLD_DIR / NEW_DIR: output folders of the two CLI builds (holding quantumapps.dll), e.g. main's built in a detached
# worktree and this branch's, both `dotnet build src/Cli/QuantumApps.Cli -c Release`. ARGS: the quantumapps arguments,
# e.g. `molecule energy data/molecules/lih.xyz --methods vqe --ansatz uccsd`. Prints per build the min and median CPU
# and wall seconds and the ratio old / new (> 1: the new build is faster). Both builds must print the same output
# (checked, except lines naming seconds and lines matching -i REGEX, e.g. a row the
# old build does not print yet; a difference is reported and ends the script with exit 1). Exit 2 on usage errors.
set -euo pipefail
usage() { echo "usage: $0 OLD_DIR NEW_DIR [-r ROUNDS] [-i REGEX] -- ARGS..." >&2; exit 2; }
[ $# -ge 2 ] || usage
old="$1" new="$2"; shift 2
for d in "$old" "$new"; do [ -f "$d/quantumapps.dll" ] || { echo "error: $d/quantumapps.dll: not found" >&2; exit 2; }; done
rounds=5 ignore='seconds'
while getopts "r:i:" opt; do
  case "$opt" in r) rounds="$OPTARG" ;; i) ignore="seconds|$OPTARG" ;; *) usage ;; esac
done
shift $((OPTIND - 1))
[ "${1:-}" = "--" ] && shift
[ $# -ge 1 ] || usage
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((r = 1; r <= rounds; r++)); do
  if ((r % 2 == 1)); then order="new old"; else order="old new"; fi
  for side in $order; do
    dir="$old"; [ "$side" = new ] && dir="$new"
    /usr/bin/time -f "%U %S %e" -o "$work/t" dotnet "$dir/quantumapps.dll" "$@" > "$work/out-$side" 2>/dev/null \
      || { echo "error: $side run failed: quantumapps $*" >&2; exit 1; }
    awk -v s="$side" '{ printf "%s %.3f %.3f\n", s, $1 + $2, $3 }' "$work/t" >> "$work/times"
  done
  # Timing lines (seconds) differ between runs; everything else must match.
  if ! diff <(grep -viE "$ignore" "$work/out-old") <(grep -viE "$ignore" "$work/out-new") > "$work/diff"; then
    echo "error: the two builds print different results:" >&2; head -20 "$work/diff" >&2; exit 1
  fi
  echo "round $r/$rounds done" >&2
done
stats() { # side column -> "min median"
  awk -v s="$1" -v c="$2" '$1 == s { print $c }' "$work/times" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f", v[1], m }'
}
read -r ocmin ocmed <<< "$(stats old 2)"; read -r ncmin ncmed <<< "$(stats new 2)"
read -r owmin owmed <<< "$(stats old 3)"; read -r nwmin nwmed <<< "$(stats new 3)"
printf '%-6s %10s %10s %10s %10s\n' build "cpu min" "cpu median" "wall min" "wall median"
printf '%-6s %10s %10s %10s %10s\n' old "$ocmin" "$ocmed" "$owmin" "$owmed" new "$ncmin" "$ncmed" "$nwmin" "$nwmed"
awk -v a="$ocmin" -v b="$ncmin" -v c="$ocmed" -v d="$ncmed" -v e="$owmin" -v f="$nwmin" -v g="$owmed" -v h="$nwmed" \
  'BEGIN { printf "%-6s %10.2f %10.2f %10.2f %10.2f\n", "old/new", a / b, c / d, e / f, g / h }'
echo "(whole-process seconds, user + system CPU and wall; $rounds alternating rounds; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC'))"
