using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Capacitated vehicle routing, total route cost minimised, by exact set partitioning (tiny instances), Clarke–Wright
/// savings and the iterated local search <see cref="CvrpIls"/> (under <see cref="ComparisonOptions.Budget"/>). Routes list 0-based customer nodes; the depot is implicit at both ends; a fleet-size violation is part of
/// the solution (<see cref="VrpSolution.Violation"/>), never hidden. A failing method is reported with its reason and
/// never discards the other. ortools (Google OR-Tools' routing solver with guided local search under
/// <see cref="ComparisonOptions.Budget"/>) is a baseline whose routes our code checks and re-costs.
/// </summary>
public static class VrpComparison
{
    /// <summary>Instances with up to this many customers get the exact method when the methods were not named.</summary>
    public const int DefaultExactLimit = 15;

    /// <summary>Assumed rate of the set-partitioning steps for the time estimate (2·10^8 per second; order of magnitude).</summary>
    public const double StepsPerSecond = 2e8;

    /// <summary>The estimate of the exact method before it starts (null for Clarke–Wright, which is cheap).</summary>
    public static ResourceEstimate? Estimate(VrpInstance instance, VrpMethod method, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (method != VrpMethod.Exact)
        {
            return null;
        }

        int c = instance.Customers.Count;
        int k = Math.Min(instance.VehicleCount ?? c, c);
        long bytes = (1L << c) * c * 9 + (1L << c) * Math.Max(1, k) * 12;
        double steps = Math.Pow(2, c) * c * c + Math.Max(1, k) * Math.Pow(3, c) / 2;
        return new ResourceEstimate("exact", $"2^{c} customer subsets, {Math.Max(1, k)} × 3^{c}/2 partition steps (set partitioning)", bytes, steps / StepsPerSecond);
    }

    /// <summary>Runs every method in order; see <see cref="ComparisonResult{TSolution}"/> for cancellation.</summary>
    public static ComparisonResult<VrpSolution> Run(VrpInstance instance, IReadOnlyList<VrpMethod> methods, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default) =>
        MethodRunner.RunAll(methods, MethodNames.Name, m => RunMethod(instance, m, options, progress, cancellationToken), cancellationToken);

    /// <summary>Runs one method; failures become Failed entries, cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public static MethodReport<VrpSolution> RunMethod(VrpInstance instance, VrpMethod method, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        string name = MethodNames.Name(method);
        var search = MethodRunner.Search(progress, name);
        return MethodRunner.Guard(name, () => method switch
        {
            VrpMethod.Exact => Exact(instance, options, search, cancellationToken),
            VrpMethod.ClarkeWright => FromRoutes(name, ClarkeWright.Solve(instance)),
            VrpMethod.OrTools => FromRoutes(name, OrToolsRouting.SolveCvrp(instance, options.Budget(), cancellationToken)),
            VrpMethod.Ils => FromRoutes(name, CvrpIls.Solve(instance, options.NewRandom(), options.Budget(), progress: search, cancellationToken: cancellationToken)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown VRP method"),
        });
    }

    private static MethodReport<VrpSolution> Exact(VrpInstance v, ComparisonOptions options, IProgress<SearchProgress>? search, CancellationToken ct)
    {
        int c = v.Customers.Count;
        if (!options.NamedMethods && c > DefaultExactLimit)
        {
            return MethodReport<VrpSolution>.Skipped("exact", $"{c} customers > {DefaultExactLimit} (request --methods exact to force, limit {VrpExact.MaxCustomers})");
        }

        return FromRoutes("exact", VrpExact.Solve(v, search, ct));
    }

    private static MethodReport<VrpSolution> FromRoutes(string name, VrpSolution s) =>
        new(name, MethodStatus.Ok, null, s.Cost, s, s.Seconds, MethodRunner.Extras(("routeCount", s.Routes.Count)));
}
