using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Weighted MaxCut by every requested method, C(x) = Σ w_ij [x_i ≠ x_j] = Σ w_ij (1 − Z_iZ_j)/2 maximised, assignments
/// written node 0 first. Each method gets its own seeded generator; a method that fails or is refused (too large for
/// memory, depth out of bounds) is reported with its reason and the others still run. QAOA reports what QAOA itself
/// gives (⟨C⟩, P(optimal), best of the seeded samples); the exhaustive optimum of the diagonal is only its yardstick.
/// </summary>
public static class MaxCutComparison
{
    /// <summary>Graphs up to this many nodes get the exact method when the methods were not named (2^(n−1) cuts).</summary>
    public const int DefaultExactLimit = 30;

    /// <summary>Without named methods, CP-SAT runs only up to this many nodes (it is the exact anchor for small graphs).</summary>
    public const int DefaultCpSatNodeLimit = 60;

    /// <summary>Without named methods, QAOA runs only up to this many qubits (simulation cost grows as 2^n).</summary>
    public const int DefaultQaoaQubitLimit = 16;

    /// <summary>
    /// Assumed Gray-code enumeration rate for the time estimate: 2·10^8 states per second on this two-core machine
    /// (2^36 states "take minutes on two cores", <see cref="BruteForce.MaxVariables"/>). Order of magnitude only.
    /// </summary>
    public const double GrayCodeStatesPerSecond = 2e8;

    /// <summary>The estimate of an expensive method (exact, qaoa) before it starts, or null for the cheap heuristics.</summary>
    public static ResourceEstimate? Estimate(Graph graph, MaxCutMethod method, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int n = graph.NodeCount;
        switch (method)
        {
            case MaxCutMethod.Exact:
                int m = Math.Max(0, n - 1);
                long bytes = 8L << Math.Min(m, 20);
                bytes += m > 20 ? 16L << (m - 20) : 16;
                return new ResourceEstimate("exact", $"2^{m} cuts (Gray code, node {n - 1} fixed)", bytes, Math.Pow(2, m) / GrayCodeStatesPerSecond);
            case MaxCutMethod.Qaoa:
                var q = QaoaResources.Estimate(n, options.Qaoa?.Depth ?? 1, options.Qaoa?.MemoryMode(denseCost: false));
                return new ResourceEstimate("qaoa", $"{n} qubits, 2^{n} amplitudes, p = {q.Depth}", q.Bytes, q.EstimatedSeconds);
            default:
                return null;
        }
    }

    /// <summary>Runs every method in order; see <see cref="ComparisonResult{TSolution}"/> for cancellation.</summary>
    public static ComparisonResult<MaxCutSolution> Run(Graph graph, IReadOnlyList<MaxCutMethod> methods, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default) =>
        MethodRunner.RunAll(methods, MethodNames.Name, m => RunMethod(graph, m, options, progress, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs one method. Failures become <see cref="MethodStatus.Failed"/> entries; cancellation throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static MethodReport<MaxCutSolution> RunMethod(Graph graph, MaxCutMethod method, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        string name = MethodNames.Name(method);
        var search = MethodRunner.Search(progress, name);
        return MethodRunner.Guard(name, () => method switch
        {
            MaxCutMethod.Exact => Exact(graph, options, search, cancellationToken),
            MaxCutMethod.Gw => Gw(graph, options, search, cancellationToken),
            MaxCutMethod.Sa => FromCut(name, MaxCutSolvers.Annealing(graph, options.NewRandom(), progress: search, cancellationToken: cancellationToken, budget: options.Budget())),
            MaxCutMethod.Tabu => FromCut(name, MaxCutSolvers.Tabu(graph, options.NewRandom(), progress: search, cancellationToken: cancellationToken, budget: options.Budget())),
            MaxCutMethod.Greedy => FromCut(name, GreedyMaxCut.Solve(graph)),
            MaxCutMethod.Local => FromCut(name, MaxCutSolvers.LocalSearch(graph, options.NewRandom(), budget: options.Budget())),
            MaxCutMethod.Qaoa => RunQaoa(graph, options, progress, cancellationToken),
            MaxCutMethod.CpSat => CpSat(graph, options),
            MaxCutMethod.Anneal => AnnealMethod.MaxCut(graph, options, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown MaxCut method"),
        });
    }

    private static MethodReport<MaxCutSolution> Exact(Graph g, ComparisonOptions options, IProgress<SearchProgress>? search, CancellationToken ct)
    {
        if (!options.NamedMethods && g.NodeCount > DefaultExactLimit)
        {
            return MethodReport<MaxCutSolution>.Skipped("exact",
                $"{g.NodeCount} nodes > {DefaultExactLimit} (request --methods exact to force, limit {BruteForce.MaxVariables + 1})");
        }

        return FromCut("exact", BruteForce.MaxCut(g, search, ct));
    }

    private static MethodReport<MaxCutSolution> Gw(Graph g, ComparisonOptions options, IProgress<SearchProgress>? search, CancellationToken ct)
    {
        var r = GoemansWilliamson.Solve(g, options.NewRandom(), progress: search, cancellationToken: ct, budget: options.Budget(), certificate: options.GwCertificate);
        return new MethodReport<MaxCutSolution>("gw", MethodStatus.Ok, null, r.Cut, new MaxCutSolution(r.Cut, r.Assignment, "gw", r.Seconds), r.Seconds,
            MethodRunner.Extras(("upperBound", r.UpperBound), ("sdpValue", r.SdpValue), ("meanRoundedCut", r.MeanRoundedCut), ("roundedCut", r.RoundedCut)));
    }

    private static MethodReport<MaxCutSolution> CpSat(Graph g, ComparisonOptions options)
    {
        if (!options.NamedMethods && g.NodeCount > DefaultCpSatNodeLimit)
        {
            return MethodReport<MaxCutSolution>.Skipped("cpsat", $"{g.NodeCount} nodes > {DefaultCpSatNodeLimit} (request --methods cpsat to force)");
        }

        var r = CpSatMaxCut.Solve(g, (int)(options.Seed & int.MaxValue), options.Budget());
        return new MethodReport<MaxCutSolution>("cpsat", MethodStatus.Ok, null, r.Cut, new MaxCutSolution(r.Cut, r.Assignment, "cpsat", r.Seconds), r.Seconds,
            MethodRunner.Extras(("provedOptimal", r.ProvedOptimal ? 1 : 0), ("upperBound", r.UpperBound)));
    }

    private static MethodReport<MaxCutSolution> RunQaoa(Graph g, ComparisonOptions options, IProgress<ComparisonProgress>? progress, CancellationToken ct)
    {
        var s = options.Qaoa ?? throw new ArgumentException("the qaoa method needs QAOA settings (ComparisonOptions.Qaoa)");
        int n = g.NodeCount;
        if (!options.NamedMethods && n > DefaultQaoaQubitLimit)
        {
            return MethodReport<MaxCutSolution>.Skipped("qaoa", $"{n} qubits > {DefaultQaoaQubitLimit} (request --methods qaoa to force)");
        }

        QaoaResources.EnsureFeasible(n, s.Depth, s.MemoryMode(denseCost: false));
        if (s.Shots < 1)
        {
            throw new ArgumentException($"--shots must be at least 1 (bestSampledCut needs a sample), got {s.Shots}");
        }

        var rng = options.NewRandom();
        // The cut values are evaluated block by block from C's Walsh terms (no 2^n diagonal, QaoaCost); the scan that
        // builds the cost also finds max_b C(b), the exact optimum the ratio needs.
        var diag = QaoaCost.FromPauliSum(Problems.MaxCut.CostOperator(g));
        var opts = s.DriverOptions(diag, QaoaSense.Maximize);
        var r = QaoaDriver.Run(opts, rng, MethodRunner.Qaoa(progress), ct);
        double optimum = diag.Max;
        var m = QaoaMetrics.Compute(r.Probabilities, diag, optimum, QaoaSense.Maximize, null, s.Shots, rng);
        string assignment = m.BestSampledBitstring is ulong b ? Bits(b, n) : "";
        var extras = MethodRunner.Extras(("p", r.Depth), ("expectation", r.Expectation), ("approximationRatio", m.ApproximationRatio),
            ("probabilityOptimal", m.ProbabilityOptimal), ("bestSampledCut", m.BestSampledCost), ("shots", m.Shots), ("evaluations", r.Evaluations));
        return new MethodReport<MaxCutSolution>("qaoa", MethodStatus.Ok, null, m.BestSampledCost,
            new MaxCutSolution(m.BestSampledCost, assignment, "qaoa", r.Seconds), r.Seconds, extras, MethodRunner.Report(n, r, optimum));
    }

    private static MethodReport<MaxCutSolution> FromCut(string name, MaxCutSolution s) =>
        new(name, MethodStatus.Ok, null, s.Cut, s, s.Seconds, []);

    /// <summary>Assignment string, node 0 first.</summary>
    internal static string Bits(ulong b, int n)
    {
        var c = new char[n];
        for (int i = 0; i < n; i++)
        {
            c[i] = ((b >> i) & 1) != 0 ? '1' : '0';
        }

        return new string(c);
    }
}
