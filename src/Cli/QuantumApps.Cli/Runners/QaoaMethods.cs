using System.Text.Json.Nodes;
using QuantumApps.Optimization.Graphs;
using QuantumApps.Optimization.Heuristics;
using QuantumApps.Optimization.Optimizers;
using QuantumApps.Optimization.Problems;
using QuantumApps.Optimization.Variational.Qaoa;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// The <c>qaoa</c> method of the maxcut and tsp runners. Convention: U_C(γ) = exp(−iγC), U_B(β) = exp(−iβ Σ X_j),
/// start |+⟩^n (or a one-hot state for the XY mixer). The reported answer is what QAOA itself gives — ⟨C⟩, the
/// probability of an optimal string and the best of exactly <c>--shots</c> seeded samples — never the exhaustive
/// optimum; the optimum (the extreme of the cost diagonal, i.e. exact enumeration) is used only as the yardstick for
/// the approximation ratio and the probability of optimality. An instance whose state vector would not fit in
/// memory is skipped with the qubits and bytes needed, and the classical methods still run.
/// </summary>
public static class QaoaMethods
{
    /// <summary>Bytes per amplitude QAOA needs: the state (16) plus the cost diagonal (8).</summary>
    private const int BytesPerAmplitude = 24;

    /// <summary>The maxcut <c>qaoa</c> entry.</summary>
    public static KeyValuePair<string, MaxCutRunner.Method> MaxCut(QaoaSettings s) => new("qaoa", (g, rng, requested) => RunMaxCut(g, rng, s, requested));

    /// <summary>The tsp <c>qaoa</c> entry.</summary>
    public static KeyValuePair<string, TspRunner.Method> Tsp(QaoaSettings s) => new("qaoa", (t, rng, requested) => RunTsp(t, rng, s, requested));

    private static string? TooLarge(int qubits)
    {
        try
        {
            MemoryGuard.EnsureFits(qubits, BytesPerAmplitude, "QAOA (state vector + cost diagonal)");
            return null;
        }
        catch (QuantumAppsException e)
        {
            return e.Message;
        }
    }

    /// <summary>Without an explicit <c>--methods</c> list, QAOA runs only up to this many qubits (simulation cost grows as 2^n).</summary>
    public const int DefaultQubitLimit = 16;

    private static MethodOutcome RunMaxCut(Graph g, Random rng, QaoaSettings s, bool requested)
    {
        if (!requested && g.NodeCount > DefaultQubitLimit)
            return MethodOutcome.Skip("qaoa", $"{g.NodeCount} qubits > {DefaultQubitLimit} (request --methods qaoa to force)");
        if (TooLarge(g.NodeCount) is string why) return MethodOutcome.Skip("qaoa", why);
        double[] diag = Optimization.Problems.MaxCut.CostOperator(g).Diagonal();
        var opts = new QaoaOptions(diag, s.Depth, QaoaSense.Maximize) { Optimizer = OptimizerFactory.Create(s.Optimizer) };
        var r = QaoaDriver.Run(opts, rng);
        double optimum = diag.Max();
        var m = QaoaMetrics.Compute(r.Probabilities, diag, optimum, QaoaSense.Maximize, null, s.Shots, rng);
        string assignment = m.BestSampledBitstring is ulong b ? Bits(b, g.NodeCount) : "";
        return new MethodOutcome("qaoa", m.BestSampledCost, assignment, assignment, r.Seconds,
            [new("p", r.Depth), new("expectation", r.Expectation), new("approximationRatio", m.ApproximationRatio),
             new("probabilityOptimal", m.ProbabilityOptimal), new("bestSampledCut", m.BestSampledCost), new("shots", m.Shots),
             new("evaluations", r.Evaluations)],
            null, Details(r));
    }

    private static MethodOutcome RunTsp(TspInstance t, Random rng, QaoaSettings s, bool requested)
    {
        if (t.CityCount < 3) return MethodOutcome.Skip("qaoa", "QAOA needs at least 3 cities");
        int n = t.CityCount;
        int qubits = s.FixFirstCity ? (n - 1) * (n - 1) : n * n;
        if (!requested && qubits > DefaultQubitLimit)
            return MethodOutcome.Skip("qaoa", $"{qubits} qubits > {DefaultQubitLimit} (request --methods qaoa to force)");
        if (TooLarge(qubits) is string why) return MethodOutcome.Skip("qaoa", $"{qubits} qubits with the {(s.FixFirstCity ? "(N−1)²" : "N²")} one-hot encoding: {why}");
        var q = TspQubo.Create(t, s.FixFirstCity);
        double[] diag = q.Qubo.Diagonal();
        var opts = new QaoaOptions(diag, s.Depth, QaoaSense.Minimize) { Optimizer = OptimizerFactory.Create(s.Optimizer) };
        if (s.Mixer == "xy")
        {
            int firstStep = s.FixFirstCity ? 1 : 0;
            var cities = Enumerable.Range(firstStep, n - firstStep).ToArray();
            var blocks = Enumerable.Range(firstStep, n - firstStep)
                .Select(step => (IReadOnlyList<int>)cities.Select(v => q.VariableIndex(v, step)).ToArray()).ToArray();
            opts = opts with { Mixer = QaoaMixer.XyRings(blocks), InitialState = QaoaInitialState.OneHotBlocks(blocks) };
        }
        else if (s.Mixer != "x")
        {
            throw new QuantumAppsException($"--mixer must be x or xy, not '{s.Mixer}'");
        }
        var r = QaoaDriver.Run(opts, rng);
        double optimum = HeldKarp.Solve(t.Distances).Length;
        bool Feasible(ulong b) => q.Decode(ToBits(b, qubits)).IsFeasible;
        var m = QaoaMetrics.Compute(r.Probabilities, diag, optimum, QaoaSense.Minimize, Feasible, s.Shots, rng);
        JsonNode? tour = null;
        string text = "no feasible sample";
        if (m.BestSampledBitstring is ulong best && q.Decode(ToBits(best, qubits)).Tour is IReadOnlyList<int> tr)
        {
            tour = new JsonArray(tr.Select(c => (JsonNode)c).ToArray());
            text = string.Join(' ', tr);
        }
        return new MethodOutcome("qaoa", m.BestSampledCost, tour, text, r.Seconds,
            [new("qubits", qubits), new("p", r.Depth), new("expectation", r.Expectation), new("probabilityFeasible", m.ProbabilityFeasible),
             new("probabilityOptimal", m.ProbabilityOptimal), new("bestSampledLength", m.BestSampledCost),
             new("approximationRatio", m.ApproximationRatio), new("shots", m.Shots), new("evaluations", r.Evaluations)],
            null, Details(r));
    }

    private static JsonObject Details(QaoaResult r) => new()
    {
        ["gammas"] = new JsonArray(r.Gammas.Select(v => (JsonNode)v).ToArray()),
        ["betas"] = new JsonArray(r.Betas.Select(v => (JsonNode)v).ToArray()),
        ["exitReason"] = r.ExitReason.ToString(),
    };

    private static bool[] ToBits(ulong b, int n)
    {
        var bits = new bool[n];
        for (int i = 0; i < n; i++) bits[i] = ((b >> i) & 1) != 0;
        return bits;
    }

    /// <summary>Assignment string, node 0 first.</summary>
    private static string Bits(ulong b, int n) => new(ToBits(b, n).Select(x => x ? '1' : '0').ToArray());
}
