using System.Diagnostics;
using Google.OrTools.ConstraintSolver;
using Google.Protobuf.WellKnownTypes;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Google OR-Tools' routing solver (NuGet Google.OrTools 9.15.6755, native runtime included) as the practitioner's
/// baseline for the TSP and the CVRP: a first solution by a construction strategy (always completed, whatever the limit),
/// then guided local search (Voudouris &amp; Tsang) from it until the time limit. It is only ever a baseline: no other method calls it. The solver works on integer arc costs:
/// integral distances are used as they are, others are multiplied by <see cref="FractionalScale"/> and rounded (the search
/// then optimises the rounded costs). Its tours and routes are checked and re-evaluated by our own code
/// (<see cref="DistanceMatrix.TourLength"/>, <see cref="VrpInstance.CheckSolution"/>, <see cref="VrpInstance.RouteCost"/>),
/// so every reported length is ours. Restart r uses the first-solution strategy <see cref="FirstSolutionStrategies"/>[r mod 4]
/// with its share of the time; the best is kept. Without a time limit each restart gets <see cref="DefaultSecondsPerRestart"/>.
/// The search cannot be interrupted inside a restart (the token is checked between restarts). If the native library cannot
/// be loaded the call throws a <see cref="QuantumAppsException"/> saying so (the comparison reports the method failed and goes on).
/// </summary>
public static class OrToolsRouting
{
    /// <summary>Scale of non-integral distances before rounding to the solver's integer costs.</summary>
    public const double FractionalScale = 1000;

    /// <summary>Seconds per restart when the budget has no time limit: n/100 for n nodes, clamped to 0.2…2 s.</summary>
    public static double DefaultSecondsPerRestart(int nodes) => Math.Clamp(nodes / 100.0, 0.2, 2.0);

    /// <summary>The first-solution strategies restarts cycle through.</summary>
    public static IReadOnlyList<string> FirstSolutionStrategies { get; } = ["path-cheapest-arc", "savings", "christofides", "parallel-cheapest-insertion"];

    /// <summary>Solves a symmetric or asymmetric TSP (tour from city 0, re-evaluated by our code).</summary>
    public static TourSolution SolveTsp(DistanceMatrix d, SearchBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(budget);
        budget = budget.Validated();
        var sw = Stopwatch.StartNew();
        int n = d.Size;
        if (n <= 3) return HeldKarp.Solve(d, cancellationToken: cancellationToken) with { Method = "ortools", Seconds = sw.Elapsed.TotalSeconds };
        long[] cost = IntegerCosts(d);
        int[]? best = null;
        double bestLen = double.PositiveInfinity;
        foreach (var (strategy, seconds) in Schedule(budget, n))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var routes = Run(n, 1, 0, cost, null, 0, strategy, seconds);
            if (routes is null) continue;
            var tour = new int[n];
            tour[0] = 0;
            for (int k = 0; k < routes[0].Count; k++) tour[k + 1] = routes[0][k];
            double len = d.TourLength(tour);
            if (len < bestLen)
            {
                bestLen = len;
                best = tour;
            }
        }

        if (best is null) throw new QuantumAppsException("ortools: the routing solver found no tour within the time limit");
        return new TourSolution(bestLen, best, "ortools", sw.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Solves a CVRP with the instance's fleet (or one vehicle per customer when the fleet is unlimited) and capacity.
    /// Routes are checked by <see cref="VrpInstance.CheckSolution"/>; a solution that fails the check throws.
    /// </summary>
    public static VrpSolution SolveCvrp(VrpInstance v, SearchBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(budget);
        budget = budget.Validated();
        var sw = Stopwatch.StartNew();
        long[] cost = IntegerCosts(v.Distances);
        int vehicles = v.VehicleCount ?? Math.Max(1, v.Customers.Count);
        IReadOnlyList<IReadOnlyList<int>>? best = null;
        double bestCost = double.PositiveInfinity;
        foreach (var (strategy, seconds) in Schedule(budget, v.NodeCount))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var routes = Run(v.NodeCount, vehicles, v.Depot, cost, v.Demands.Select(x => (long)x).ToArray(), v.Capacity, strategy, seconds);
            if (routes is null) continue;
            var used = routes.Where(r => r.Count > 0).ToArray();
            if (v.CheckSolution(used) is string problem) throw new QuantumAppsException($"ortools: its CVRP solution fails our check: {problem}");
            double c = used.Sum(v.RouteCost);
            if (c < bestCost)
            {
                bestCost = c;
                best = used;
            }
        }

        if (best is null) throw new QuantumAppsException($"ortools: the routing solver found no feasible solution with {vehicles} vehicles within the time limit");
        return new VrpSolution(bestCost, best, "ortools", sw.Elapsed.TotalSeconds, null);
    }

    /// <summary>
    /// The one-line reason, prefixed by <paramref name="method"/>, for a failure to load OR-Tools' native library, or null
    /// when <paramref name="e"/> is not one. The one load check of both OR-Tools baselines (routing and <see cref="CpSatMaxCut"/>).
    /// </summary>
    internal static string? LoadFailure(Exception e, string method = "ortools") => e switch
    {
        DllNotFoundException or BadImageFormatException or EntryPointNotFoundException =>
            $"{method}: the OR-Tools native library could not be loaded ({e.GetType().Name}: {FirstLine(e.Message)})",
        TypeInitializationException { InnerException: { } inner } => LoadFailure(inner, method),
        _ => null,
    };

    private static string FirstLine(string s)
    {
        int nl = s.IndexOfAny(['\r', '\n']);
        return nl < 0 ? s : s[..nl];
    }

    private static IEnumerable<(FirstSolutionStrategy.Types.Value Strategy, double Seconds)> Schedule(SearchBudget budget, int nodes)
    {
        int restarts = budget.RestartsOr(1);
        double each = budget.TimeLimitSeconds is double t ? t / restarts : DefaultSecondsPerRestart(nodes);
        FirstSolutionStrategy.Types.Value[] strategies =
        [
            FirstSolutionStrategy.Types.Value.PathCheapestArc, FirstSolutionStrategy.Types.Value.Savings,
            FirstSolutionStrategy.Types.Value.Christofides, FirstSolutionStrategy.Types.Value.ParallelCheapestInsertion,
        ];
        for (int r = 0; r < restarts; r++) yield return (strategies[r % strategies.Length], each);
    }

    private static long[] IntegerCosts(DistanceMatrix d)
    {
        var a = d.AsSpan();
        bool integral = true;
        foreach (double x in a)
        {
            if (x != Math.Floor(x)) { integral = false; break; }
        }

        double scale = integral ? 1 : FractionalScale;
        var c = new long[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            double v = Math.Round(a[i] * scale);
            if (v > 1e15) throw new QuantumAppsException($"ortools: distance {a[i]} too large for the solver's integer costs");
            c[i] = (long)v;
        }

        return c;
    }

    /// <summary>One solve; the routes (nodes after the depot, depot excluded) per vehicle, or null when none was found.</summary>
    private static List<List<int>>? Run(int nodes, int vehicles, int depot, long[] cost, long[]? demands, long capacity,
        FirstSolutionStrategy.Types.Value strategy, double seconds)
    {
        try
        {
            using var manager = new RoutingIndexManager(nodes, vehicles, depot);
            using var routing = new RoutingModel(manager);
            int transit = routing.RegisterTransitCallback((long from, long to) => cost[manager.IndexToNode(from) * nodes + manager.IndexToNode(to)]);
            routing.SetArcCostEvaluatorOfAllVehicles(transit);
            if (demands is not null)
            {
                int demand = routing.RegisterUnaryTransitCallback((long from) => demands[manager.IndexToNode(from)]);
                routing.AddDimensionWithVehicleCapacity(demand, 0, Enumerable.Repeat(capacity, vehicles).ToArray(), true, "Capacity");
            }

            // First solution on its own (stop at the first one), so a short or starved time limit still yields a
            // solution; then guided local search from it under the time limit (null when that found nothing better in time).
            var first = operations_research_constraint_solver.DefaultRoutingSearchParameters();
            first.FirstSolutionStrategy = strategy;
            first.SolutionLimit = 1;
            using var initial = routing.SolveWithParameters(first);
            if (initial is null) return null;
            var p = operations_research_constraint_solver.DefaultRoutingSearchParameters();
            p.FirstSolutionStrategy = strategy;
            p.LocalSearchMetaheuristic = LocalSearchMetaheuristic.Types.Value.GuidedLocalSearch;
            p.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds));
            using var improved = routing.SolveFromAssignmentWithParameters(initial, p);
            var solution = improved ?? initial;
            var routes = new List<List<int>>();
            for (int vehicle = 0; vehicle < vehicles; vehicle++)
            {
                var route = new List<int>();
                long index = routing.Start(vehicle);
                index = solution.Value(routing.NextVar(index));
                while (!routing.IsEnd(index))
                {
                    route.Add(manager.IndexToNode(index));
                    index = solution.Value(routing.NextVar(index));
                }

                routes.Add(route);
            }

            return routes;
        }
        catch (Exception e) when (LoadFailure(e) is string reason)
        {
            throw new QuantumAppsException(reason);
        }
    }
}
