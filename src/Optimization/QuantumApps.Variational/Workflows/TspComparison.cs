using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// TSP tour lengths (minimised) by every requested method: Held–Karp (exact), nearest neighbour + 2-opt + Or-opt,
/// simulated annealing and QAOA on the one-hot QUBO. Tours are 0-based and start at city 0. Each method gets its own
/// seeded generator; failures are reported per method with the reason and never discard the others. QAOA's length and
/// tour are its best feasible sample's (null tour when no sample was a tour); Held–Karp's optimum is only its yardstick.
/// nn2opt, sa, ils and ortools take <see cref="ComparisonOptions.Budget"/> (time limit, restarts, seed); ortools (Google
/// OR-Tools' routing solver) is a baseline only, its tour re-evaluated by our code. <see cref="LowerBound"/> gives the
/// Held–Karp 1-tree bound that bounds every method's gap.
/// </summary>
public static class TspComparison
{
    /// <summary>Instances up to this many cities get Held–Karp when the methods were not named.</summary>
    public const int DefaultExactLimit = 18;

    /// <summary>
    /// Assumed Held–Karp rate for the time estimate: 2·10^8 inner steps per second (one step = one (S, j, k) relaxation,
    /// 2^(n−1)·(n−1)² of them). Order of magnitude only.
    /// </summary>
    public const double HeldKarpStepsPerSecond = 2e8;

    /// <summary>Qubits of the one-hot encoding: (N−1)² with city 0 fixed, else N².</summary>
    public static int QaoaQubits(int cities, bool fixFirstCity) => fixFirstCity ? (cities - 1) * (cities - 1) : cities * cities;

    /// <summary>The estimate of an expensive method (exact, qaoa) before it starts, or null for the heuristics.</summary>
    public static ResourceEstimate? Estimate(TspInstance instance, TspMethod method, ComparisonOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int n = instance.CityCount;
        switch (method)
        {
            case TspMethod.Exact:
                double steps = Math.Pow(2, Math.Max(0, n - 1)) * Math.Max(1, n - 1) * Math.Max(1, n - 1);
                return new ResourceEstimate("exact", $"2^{Math.Max(0, n - 1)} subsets × {Math.Max(0, n - 1)} end cities (Held–Karp)",
                    HeldKarp.BytesNeeded(n), steps / HeldKarpStepsPerSecond);
            case TspMethod.Qaoa:
                var s = options.Qaoa;
                int qubits = QaoaQubits(n, s?.FixFirstCity ?? true);
                var q = QaoaResources.Estimate(qubits, s?.Depth ?? 1, s?.MemoryMode(denseCost: true) ?? QaoaMemoryMode.DenseGradient);
                return new ResourceEstimate("qaoa", $"{qubits} qubits, 2^{qubits} amplitudes, p = {q.Depth}", q.Bytes, q.EstimatedSeconds);
            default:
                return null;
        }
    }

    /// <summary>
    /// The Held–Karp 1-tree lower bound (<see cref="HeldKarpBound"/>) of a symmetric instance, or null for an asymmetric one
    /// (the 1-tree relaxation needs a symmetric matrix).
    /// </summary>
    public static OneTreeBound? LowerBound(TspInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Distances.IsSymmetric ? HeldKarpBound.Compute(instance.Distances, cancellationToken: cancellationToken) : null;
    }

    /// <summary>Runs every method in order; see <see cref="ComparisonResult{TSolution}"/> for cancellation.</summary>
    public static ComparisonResult<TourSolution> Run(TspInstance instance, IReadOnlyList<TspMethod> methods, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default) =>
        MethodRunner.RunAll(methods, MethodNames.Name, m => RunMethod(instance, m, options, progress, cancellationToken), cancellationToken);

    /// <summary>Runs one method; failures become Failed entries, cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public static MethodReport<TourSolution> RunMethod(TspInstance instance, TspMethod method, ComparisonOptions options,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        string name = MethodNames.Name(method);
        var search = MethodRunner.Search(progress, name);
        return MethodRunner.Guard(name, () => method switch
        {
            TspMethod.Exact => Exact(instance, options, search, cancellationToken),
            TspMethod.NearestNeighbourTwoOpt => FromTour(name, TspLocalSearch.NearestNeighbourTwoOpt(instance.Distances, options.Budget(), cancellationToken)),
            TspMethod.Sa => FromTour(name, TspAnnealing.Solve(instance.Distances, options.NewRandom(), progress: search, cancellationToken: cancellationToken, budget: options.Budget())),
            TspMethod.Ils => FromTour(name, TspIteratedLocalSearch.Solve(instance.Distances, options.Budget(), search, cancellationToken, coordinates: instance.Coordinates)),
            TspMethod.OrTools => FromTour(name, OrToolsRouting.SolveTsp(instance.Distances, options.Budget(), cancellationToken)),
            TspMethod.Qaoa => RunQaoa(instance, options, progress, cancellationToken),
            TspMethod.Anneal => AnnealMethod.Tsp(instance, options, progress, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "unknown TSP method"),
        });
    }

    private static MethodReport<TourSolution> Exact(TspInstance t, ComparisonOptions options, IProgress<SearchProgress>? search, CancellationToken ct)
    {
        if (!options.NamedMethods && t.CityCount > DefaultExactLimit)
        {
            return MethodReport<TourSolution>.Skipped("exact", $"{t.CityCount} cities > {DefaultExactLimit} (request --methods exact to force, limit {HeldKarp.MaxCities})");
        }

        return FromTour("exact", HeldKarp.Solve(t.Distances, search, ct));
    }

    private static MethodReport<TourSolution> RunQaoa(TspInstance t, ComparisonOptions options, IProgress<ComparisonProgress>? progress, CancellationToken ct)
    {
        var s = options.Qaoa ?? throw new ArgumentException("the qaoa method needs QAOA settings (ComparisonOptions.Qaoa)");
        int n = t.CityCount;
        if (n < 3)
        {
            return MethodReport<TourSolution>.Failed("qaoa", "QAOA needs at least 3 cities");
        }

        int qubits = QaoaQubits(n, s.FixFirstCity);
        if (!options.NamedMethods && qubits > MaxCutComparison.DefaultQaoaQubitLimit)
        {
            return MethodReport<TourSolution>.Skipped("qaoa", $"{qubits} qubits > {MaxCutComparison.DefaultQaoaQubitLimit} (request --methods qaoa to force)");
        }

        try
        {
            QaoaResources.EnsureFeasible(qubits, s.Depth, s.MemoryMode(denseCost: true));
        }
        catch (Simulator.QuantumAppsException e)
        {
            return MethodReport<TourSolution>.Failed("qaoa", $"{qubits} qubits with the {(s.FixFirstCity ? "(N−1)²" : "N²")} one-hot encoding: {e.Message}");
        }

        if (s.Shots < 1)
        {
            throw new ArgumentException($"--shots must be at least 1 (bestSampledLength needs a sample), got {s.Shots}");
        }

        var rng = options.NewRandom();
        var q = TspQubo.Create(t, s.FixFirstCity);
        double[] diag = q.Qubo.Diagonal();
        var opts = s.DriverOptions(diag, QaoaSense.Minimize);
        if (s.XyMixer)
        {
            int firstStep = s.FixFirstCity ? 1 : 0;
            var cities = Enumerable.Range(firstStep, n - firstStep).ToArray();
            var blocks = Enumerable.Range(firstStep, n - firstStep)
                .Select(step => (IReadOnlyList<int>)cities.Select(v => q.VariableIndex(v, step)).ToArray()).ToArray();
            opts = opts with { Mixer = QaoaMixer.XyRings(blocks), InitialState = QaoaInitialState.OneHotBlocks(blocks) };
        }

        var r = QaoaDriver.Run(opts, rng, MethodRunner.Qaoa(progress), ct);
        double optimum = HeldKarp.Solve(t.Distances, cancellationToken: ct).Length;
        bool Feasible(ulong b) => q.Decode(ToBits(b, qubits)).IsFeasible;
        var m = QaoaMetrics.Compute(r.Probabilities, diag, optimum, QaoaSense.Minimize, Feasible, s.Shots, rng);
        TourSolution? tour = null;
        if (m.BestSampledBitstring is ulong best && q.Decode(ToBits(best, qubits)).Tour is IReadOnlyList<int> tr)
        {
            tour = new TourSolution(m.BestSampledCost, tr, "qaoa", r.Seconds);
        }

        var extras = MethodRunner.Extras(("qubits", qubits), ("p", r.Depth), ("expectation", r.Expectation), ("probabilityFeasible", m.ProbabilityFeasible),
            ("probabilityOptimal", m.ProbabilityOptimal), ("bestSampledLength", m.BestSampledCost), ("approximationRatio", m.ApproximationRatio),
            ("shots", m.Shots), ("evaluations", r.Evaluations));
        return new MethodReport<TourSolution>("qaoa", MethodStatus.Ok, null, m.BestSampledCost, tour, r.Seconds, extras, MethodRunner.Report(qubits, r, optimum));
    }

    private static MethodReport<TourSolution> FromTour(string name, TourSolution s) => new(name, MethodStatus.Ok, null, s.Length, s, s.Seconds, []);

    private static bool[] ToBits(ulong b, int n)
    {
        var bits = new bool[n];
        for (int i = 0; i < n; i++)
        {
            bits[i] = ((b >> i) & 1) != 0;
        }

        return bits;
    }
}
