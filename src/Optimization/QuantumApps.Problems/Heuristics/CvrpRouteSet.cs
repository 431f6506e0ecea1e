using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Mutable working state of the CVRP searches (mutable on purpose, like a state vector; never leaves the
/// heuristics): a fixed number of route slots (the fleet size, or one per customer when the fleet is unlimited),
/// some possibly empty, each with its load and the prefix loads Prefix[r][i] = Σ_(k ≤ i) q(r_k); the running total
/// cost; and a flat copy of the distance matrix for the inner loops.
/// </summary>
internal sealed class CvrpRouteSet
{
    private readonly double[] _d;
    private readonly int _n;

    public CvrpRouteSet(VrpInstance inst, IReadOnlyList<IReadOnlyList<int>> routes)
    {
        _n = inst.NodeCount;
        _d = inst.Distances.AsSpan().ToArray();
        Depot = inst.Depot;
        Capacity = inst.Capacity;
        Demand = inst.Demands.ToArray();
        Customers = inst.Customers.ToArray();
        var nonEmpty = routes.Where(r => r.Count > 0).ToList();
        int slots = Math.Max(nonEmpty.Count, inst.VehicleCount ?? Math.Max(1, inst.NodeCount - 1));
        Routes = new List<int>[slots];
        Load = new int[slots];
        Prefix = new int[slots][];
        for (int r = 0; r < slots; r++)
        {
            Routes[r] = r < nonEmpty.Count ? nonEmpty[r].ToList() : [];
            Refresh(r);
        }

        Cost = TotalCost();
    }

    public List<int>[] Routes { get; }

    public int[] Load { get; }

    public int[][] Prefix { get; }

    public int[] Demand { get; }

    /// <summary>Customer node ids, ascending.</summary>
    public int[] Customers { get; }

    public int Depot { get; }

    public int Capacity { get; }

    /// <summary>Running total cost, updated by each move's Δ (re-summed by <see cref="TotalCost"/> when needed).</summary>
    public double Cost { get; set; }

    public double D(int i, int j) => _d[i * _n + j];

    /// <summary>Recomputes load and prefix loads of route <paramref name="r"/> after it changed.</summary>
    public void Refresh(int r)
    {
        var route = Routes[r];
        var prefix = Prefix[r] is { } p && p.Length >= route.Count ? p : new int[Math.Max(4, route.Count * 2)];
        int load = 0;
        for (int i = 0; i < route.Count; i++) prefix[i] = load += Demand[route[i]];
        Prefix[r] = prefix;
        Load[r] = load;
    }

    /// <summary>The first empty route slot, or −1 when every vehicle is in use.</summary>
    public int EmptyRoute()
    {
        for (int r = 0; r < Routes.Length; r++) if (Routes[r].Count == 0) return r;
        return -1;
    }

    /// <summary>Σ over routes of depot → r_0 → … → r_(L−1) → depot, summed afresh.</summary>
    public double TotalCost()
    {
        double total = 0;
        foreach (var r in Routes)
        {
            if (r.Count == 0) continue;
            total += D(Depot, r[0]) + D(r[^1], Depot);
            for (int i = 0; i + 1 < r.Count; i++) total += D(r[i], r[i + 1]);
        }

        return total;
    }

    /// <summary>The non-empty routes as an immutable snapshot.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ToRoutes() => Routes.Where(r => r.Count > 0).Select(r => (IReadOnlyList<int>)r.ToArray()).ToArray();
}
