using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Iterated local search with random ruin-and-recreate for the symmetric CVRP (the scheme of Schrimpf et al. 2000,
/// "Record breaking optimization results using the ruin and recreate principle", with the local search of
/// <see cref="CvrpLocalSearch"/> after each recreate). Start: Clarke–Wright savings (<see cref="ClarkeWright"/>)
/// followed by the descent. Each iteration:
/// <list type="number">
/// <item><b>Ruin</b>: remove k customers, k uniform in [2, max(2, ⌈0.3·c⌉)] (c customers): with probability ½ the
/// k nearest to a random customer (radial ruin, itself included), else k random ones.</item>
/// <item><b>Recreate</b>: insert them in random order, each at its cheapest capacity-feasible position
/// (Δ = d(x, u) + d(u, y) − d(x, y)) over all routes plus one empty route while the fleet has room; an iteration
/// whose customer fits nowhere is discarded.</item>
/// <item><b>Descent</b> with relocate, swap, 2-opt* and intra-route 2-opt.</item>
/// <item><b>Acceptance</b> (threshold accepting, Dueck–Scheuer 1990): the candidate replaces the current solution
/// when its cost is below current + T_t, with T_t = 0.01·best·(1 − (t mod P)/P) falling linearly to zero over
/// periods of P = <see cref="Period"/> iterations; at each period's start the search returns to the best
/// solution.</item>
/// </list>
/// Everything random comes from the seeded <see cref="Random"/> and nothing depends on the clock except where the
/// search stops: for a seed and an iteration count the result is reproducible, and a time-limited run is a prefix
/// of that same trajectory. Budget (<see cref="SearchBudget"/>): R starts, each of <c>iterations</c> iterations
/// (default <see cref="DefaultIterations"/>) or, with a time limit T, iterating until its share T/R is used.
/// </summary>
public static class CvrpIls
{
    /// <summary>Iterations per start without a time limit.</summary>
    public const int DefaultIterations = 2000;

    /// <summary>Iterations per threshold period (the threshold falls from 1 % of the best cost to 0 over a period).</summary>
    public const int Period = 500;

    /// <summary>Threshold at the start of a period, as a fraction of the best cost.</summary>
    public const double ThresholdFraction = 0.01;

    /// <summary>
    /// Solves the instance; <paramref name="iterations"/> per start applies when the budget has no time limit.
    /// Progress reports the iteration count and best cost; cancellation throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static VrpSolution Solve(VrpInstance inst, Random rng, SearchBudget? budget = null, int? iterations = null,
        IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inst);
        ArgumentNullException.ThrowIfNull(rng);
        var sw = Stopwatch.StartNew();
        budget ??= new SearchBudget();
        var clock = new BudgetClock(budget, sw);
        int perStart = iterations ?? DefaultIterations;
        if (perStart < 0) throw new ArgumentException($"iterations must be ≥ 0, got {perStart}");
        var seed = ClarkeWright.Solve(inst);
        var near = NearestCustomers(inst);
        IReadOnlyList<IReadOnlyList<int>>? bestRoutes = null;
        double bestCost = double.PositiveInfinity;
        long total = 0;
        for (int start = 0; start < clock.Restarts; start++)
        {
            var (routes, cost, done) = RunStart(inst, seed.Routes, near, rng, clock, start, perStart, progress, cancellationToken);
            total += done;
            if (cost < bestCost - 1e-9 * (1 + Math.Abs(cost)) || bestRoutes is null) { bestCost = cost; bestRoutes = routes; }
            if (clock.Expired()) break;
        }

        var final = bestRoutes!.OrderBy(r => r.Min()).ToArray();
        return new VrpSolution(final.Sum(inst.RouteCost), final, "cvrp-ils", sw.Elapsed.TotalSeconds, inst.CheckSolution(final));
    }

    private static (IReadOnlyList<IReadOnlyList<int>> Routes, double Cost, long Iterations) RunStart(VrpInstance inst, IReadOnlyList<IReadOnlyList<int>> seed,
        int[][] near, Random rng, BudgetClock clock, int start, int perStart, IProgress<SearchProgress>? progress, CancellationToken ct)
    {
        TspLocalSearch.RequireSymmetric(inst.Distances);
        var current = new CvrpRouteSet(inst, seed);
        CvrpLocalSearch.Descend(current);
        current.Cost = current.TotalCost();
        var best = current.ToRoutes();
        double bestCost = current.Cost;
        int c = inst.NodeCount - 1;
        long t = 0;
        while (c >= 2 && (clock.HasLimit ? !clock.ShareExpired(start) : t < perStart))
        {
            ct.ThrowIfCancellationRequested();
            if (progress is not null && t % 100 == 0) progress.Report(new SearchProgress("cvrp-ils", t, clock.HasLimit ? 0 : perStart, "iterations", bestCost));
            if (t % Period == 0 && t > 0) current = new CvrpRouteSet(inst, best);
            double threshold = ThresholdFraction * bestCost * (1 - (double)(t % Period) / Period);
            t++;
            var candidate = new CvrpRouteSet(inst, current.ToRoutes());
            if (!RuinAndRecreate(candidate, near, rng)) continue;
            CvrpLocalSearch.Descend(candidate);
            candidate.Cost = candidate.TotalCost();
            if (candidate.Cost < current.Cost + threshold) current = candidate;
            if (current.Cost < bestCost - 1e-9 * (1 + bestCost)) { bestCost = current.Cost; best = current.ToRoutes(); }
        }

        return (best, bestCost, t);
    }

    /// <summary>Removes k customers (radial or random) and reinserts them cheapest-first in random order; false if one fits nowhere.</summary>
    private static bool RuinAndRecreate(CvrpRouteSet s, int[][] near, Random rng)
    {
        var customers = s.Customers;
        int c = customers.Length;
        int k = rng.Next(2, Math.Max(2, (int)Math.Ceiling(0.3 * c)) + 1);
        k = Math.Min(k, c);
        int[] removed;
        if (rng.Next(2) == 0)
        {
            int centre = customers[rng.Next(customers.Length)];
            removed = [centre, .. near[centre].Take(k - 1)];
        }
        else
        {
            var pool = (int[])customers.Clone();
            for (int i = 0; i < k; i++)
            {
                int j = rng.Next(i, pool.Length);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            removed = pool[..k];
        }

        var gone = new HashSet<int>(removed);
        for (int r = 0; r < s.Routes.Length; r++)
        {
            if (s.Routes[r].RemoveAll(gone.Contains) > 0) s.Refresh(r);
        }

        for (int i = removed.Length - 1; i > 0; i--)
        {
            int j = rng.Next(i + 1);
            (removed[i], removed[j]) = (removed[j], removed[i]);
        }

        foreach (int u in removed)
        {
            int q = s.Demand[u];
            int empty = s.EmptyRoute();
            double bestAdd = double.PositiveInfinity;
            int bestRoute = -1, bestAt = -1;
            for (int r = 0; r < s.Routes.Length; r++)
            {
                var route = s.Routes[r];
                if ((route.Count == 0 && r != empty) || s.Load[r] + q > s.Capacity) continue;
                for (int at = 0; at <= route.Count; at++)
                {
                    int x = at == 0 ? s.Depot : route[at - 1], y = at == route.Count ? s.Depot : route[at];
                    double add = s.D(x, u) + s.D(u, y) - s.D(x, y);
                    if (add < bestAdd) { bestAdd = add; bestRoute = r; bestAt = at; }
                }
            }

            if (bestRoute < 0) return false;
            s.Routes[bestRoute].Insert(bestAt, u);
            s.Refresh(bestRoute);
        }

        return true;
    }

    /// <summary>For each customer, the other customers by increasing distance (null for the depot).</summary>
    private static int[][] NearestCustomers(VrpInstance inst)
    {
        var d = inst.Distances;
        var customers = inst.Customers;
        var near = new int[inst.NodeCount][];
        foreach (int u in customers)
            near[u] = customers.Where(v => v != u).OrderBy(v => d[u, v]).ThenBy(v => v).ToArray();
        return near;
    }
}
