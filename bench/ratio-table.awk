# ratio-table.awk: reads lines "n thr op impl cpu" sorted by n, thr, op, impl, cpu (as qulacs-ratio.sh and ab-builds.sh
# write them) and prints, per (n, thr, op), the minimum and median cpu of implementation A and B and the ratios A / B.
# Variables: A and B (implementation names as in the RES lines' impl= field).

  function flush() {
    if (cnt == 0) return
    mn[key, impl] = vals[1]
    md[key, impl] = (cnt % 2 == 1) ? vals[(cnt + 1) / 2] : (vals[cnt / 2] + vals[cnt / 2 + 1]) / 2
    num[key, impl] = cnt
    if (!(key in seen)) { seen[key] = 1; order[++nk] = key }
    cnt = 0
  }
  {
    k = $1 " " $2 " " $3
    if (k != key || $4 != impl) { flush(); key = k; impl = $4 }
    vals[++cnt] = $5
  }
  END {
    flush()
    printf "%-3s %-3s %-22s %15s %15s %7s %15s %15s %7s %5s\n", "n", "thr", "op", A " min", B " min", "ratio", A " med", B " med", "ratio", "runs"
    for (i = 1; i <= nk; i++) {
      k = order[i]; split(k, p, " ")
      a = mn[k, A]; b = mn[k, B]; c = md[k, A]; d = md[k, B]
      if (a == "" || b == "") continue
      printf "%-3s %-3s %-22s %15.4g %15.4g %7.3f %15.4g %15.4g %7.3f %2d/%-2d\n", p[1], p[2], p[3], a, b, a / b, c, d, c / d, num[k, A], num[k, B]
    }
  }