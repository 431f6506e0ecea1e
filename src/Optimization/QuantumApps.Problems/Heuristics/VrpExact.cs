using System.Diagnostics;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Exact CVRP for tiny instances by set partitioning over customer subsets (c customers):
/// (1) Held–Karp from the depot gives the cheapest route R(T) for every subset T (capacity-feasible or not);
/// (2) F_k(S) = min(F_(k−1)(S), min over T ⊆ S containing S's lowest customer with load(T) ≤ Q of
/// R(T) + F_(k−1)(S \ T)) is the cheapest cover of S by at most k routes (k up to the fleet size, or c when the
/// fleet is unlimited). Time O(2^c c² + K·3^c), memory O(2^c (c + K)); refused above <see cref="MaxCustomers"/>.
/// Works for asymmetric distances. The token is checked every 2^10 subsets (cancellation throws
/// <see cref="OperationCanceledException"/>).
/// </summary>
public static class VrpExact
{
    public const int MaxCustomers = 16;

    public static VrpSolution Solve(VrpInstance inst, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        var cust = inst.Customers;
        int c = cust.Count;
        if (c > MaxCustomers) throw new QuantumAppsException($"exact vrp: {c} customers exceed the limit of {MaxCustomers} (set partitioning is O(3^c))");
        if (c == 0) return new VrpSolution(0, [], "exact", 0, null);
        int full = (1 << c) - 1;
        int kmax = Math.Min(inst.VehicleCount ?? c, c);
        long bytes = (1L << c) * c * 9 + (1L << c) * kmax * 12;
        MemoryCheck.Ensure(bytes, $"exact vrp for {c} customers");
        var d = inst.Distances;
        int depot = inst.Depot;

        var path = new double[(long)(full + 1) * c];
        var parent = new byte[(long)(full + 1) * c];
        Array.Fill(path, double.PositiveInfinity);
        for (int j = 0; j < c; j++) path[(1L << j) * c + j] = d[depot, cust[j]];
        for (int s = 1; s <= full; s++)
        {
            if ((s & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            for (int j = 0; j < c; j++)
            {
                if ((s & (1 << j)) == 0) continue;
                double pj = path[(long)s * c + j];
                if (double.IsPositiveInfinity(pj)) continue;
                for (int k = 0; k < c; k++)
                {
                    if ((s & (1 << k)) != 0) continue;
                    long t = (long)(s | (1 << k)) * c + k;
                    double alt = pj + d[cust[j], cust[k]];
                    if (alt < path[t]) { path[t] = alt; parent[t] = (byte)j; }
                }
            }
        }

        var route = new double[full + 1];
        var routeLast = new int[full + 1];
        var loadOf = new int[full + 1];
        for (int s = 1; s <= full; s++)
        {
            int low = System.Numerics.BitOperations.TrailingZeroCount(s);
            loadOf[s] = loadOf[s & (s - 1)] + inst.Demands[cust[low]];
            route[s] = double.PositiveInfinity;
            if (loadOf[s] > inst.Capacity) continue;
            for (int j = 0; j < c; j++)
            {
                if ((s & (1 << j)) == 0) continue;
                double v = path[(long)s * c + j] + d[cust[j], depot];
                if (v < route[s]) { route[s] = v; routeLast[s] = j; }
            }
        }

        var prevF = new double[full + 1];
        Array.Fill(prevF, double.PositiveInfinity);
        prevF[0] = 0;
        var choice = new int[kmax + 1][];
        for (int k = 1; k <= kmax; k++)
        {
            var f = (double[])prevF.Clone();
            var ch = new int[full + 1];
            progress?.Report(new SearchProgress("exact", k - 1, kmax, "route counts", double.NaN));
            for (int s = 1; s <= full; s++)
            {
                if ((s & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                int low = s & -s, rest = s ^ low;
                for (int sub = rest; ; sub = (sub - 1) & rest)
                {
                    int t = sub | low;
                    double v = route[t] + prevF[s ^ t];
                    if (v < f[s]) { f[s] = v; ch[s] = t; }
                    if (sub == 0) break;
                }
            }
            choice[k] = ch;
            prevF = f;
        }
        if (double.IsPositiveInfinity(prevF[full]))
            throw new QuantumAppsException($"exact vrp {inst.Name}: no feasible solution with at most {kmax} routes");

        var routes = new List<IReadOnlyList<int>>();
        int set = full;
        for (int k = kmax; k >= 1 && set != 0; k--)
        {
            int t = choice[k][set];
            if (t == 0) continue;
            routes.Add(RouteOrder(t, routeLast[t], parent, c, cust));
            set ^= t;
        }
        double cost = routes.Sum(inst.RouteCost);
        return new VrpSolution(cost, routes.OrderBy(r => r.Min()).ToArray(), "exact", sw.Elapsed.TotalSeconds, inst.CheckSolution(routes));
    }

    private static int[] RouteOrder(int t, int last, byte[] parent, int c, IReadOnlyList<int> cust)
    {
        int count = System.Numerics.BitOperations.PopCount((uint)t);
        var order = new int[count];
        int set = t, cur = last;
        for (int pos = count - 1; pos >= 0; pos--)
        {
            order[pos] = cust[cur];
            int prev = parent[(long)set * c + cur];
            set &= ~(1 << cur);
            cur = prev;
        }
        return order;
    }
}
