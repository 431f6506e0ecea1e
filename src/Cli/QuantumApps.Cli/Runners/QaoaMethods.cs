using System.Text.Json.Nodes;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Optimizers;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;

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
    /// <remarks>The noise spec is parsed here, before any method runs, so a bad spec fails fast.</remarks>
    public static KeyValuePair<string, MaxCutRunner.Method> MaxCut(QaoaSettings s)
    {
        var noise = Validate(s);
        return new("qaoa", (g, rng, requested) => RunMaxCut(g, rng, s, noise, requested));
    }

    /// <summary>The tsp <c>qaoa</c> entry.</summary>
    public static KeyValuePair<string, TspRunner.Method> Tsp(QaoaSettings s)
    {
        var noise = Validate(s);
        if (noise is not null && s.Mixer == "xy")
            throw new QuantumAppsException("--noise: the gate-level QAOA circuit is built for the x mixer only; use --mixer x");
        return new("qaoa", (t, rng, requested) => RunTsp(t, rng, s, noise, requested));
    }

    private static NoiseModel? Validate(QaoaSettings s)
    {
        if (s.Shots < 1)
            throw new QuantumAppsException($"--shots must be at least 1 (bestSampledCut/bestSampledLength needs a sample), got {s.Shots}");
        NoisyEvaluation.Validate(s.Trajectories, s.NoiseMethod);
        return NoisyEvaluation.ParseSpec(s.Noise);
    }

    /// <summary>
    /// The noisy extras: ⟨C⟩ of the gate-level circuit of the optimised angles under <paramref name="noise"/>, its
    /// ratio to <paramref name="optimum"/> and, for trajectories, the standard error; the details get the spec and method.
    /// </summary>
    private static (List<KeyValuePair<string, double>> Extras, JsonObject Details) WithNoise(PauliSum cost, int qubits, QaoaResult r, double optimum,
        NoiseModel? noise, QaoaSettings s, Random rng, List<KeyValuePair<string, double>> extras, JsonObject details)
    {
        if (noise is null) return (extras, details);
        var circuit = QaoaGateCircuit.Build(cost, qubits, r.Gammas, r.Betas);
        var n = NoisyEvaluation.Evaluate(circuit, [], cost, noise, s.Trajectories, null, rng, s.NoiseMethod);
        extras.Add(new("noisyExpectation", n.Energy));
        extras.Add(new("noisyApproximationRatio", n.Energy / optimum));
        if (n.StandardError is double se) extras.Add(new("noisyStandardError", se));
        details["noise"] = n.Noise;
        details["noisyMethod"] = n.Method;
        details["noisyTrajectories"] = n.Trajectories;
        return (extras, details);
    }

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

    private static MethodOutcome RunMaxCut(Graph g, Random rng, QaoaSettings s, NoiseModel? noise, bool requested)
    {
        if (!requested && g.NodeCount > DefaultQubitLimit)
            return MethodOutcome.Skip("qaoa", $"{g.NodeCount} qubits > {DefaultQubitLimit} (request --methods qaoa to force)");
        if (TooLarge(g.NodeCount) is string why) return MethodOutcome.Skip("qaoa", why);
        var cost = Problems.MaxCut.CostOperator(g);
        double[] diag = cost.Diagonal();
        var opts = new QaoaOptions(diag, s.Depth, QaoaSense.Maximize) { Optimizer = OptimizerFactory.Create(s.Optimizer) };
        var r = QaoaDriver.Run(opts, rng);
        double optimum = diag.Max();
        var m = QaoaMetrics.Compute(r.Probabilities, diag, optimum, QaoaSense.Maximize, null, s.Shots, rng);
        string assignment = m.BestSampledBitstring is ulong b ? Bits(b, g.NodeCount) : "";
        var (extras, details) = WithNoise(cost, g.NodeCount, r, optimum, noise, s, rng,
            [new("p", r.Depth), new("expectation", r.Expectation), new("approximationRatio", m.ApproximationRatio),
             new("probabilityOptimal", m.ProbabilityOptimal), new("bestSampledCut", m.BestSampledCost), new("shots", m.Shots),
             new("evaluations", r.Evaluations)], Details(r));
        return new MethodOutcome("qaoa", m.BestSampledCost, assignment, assignment, r.Seconds, extras, null, details);
    }

    private static MethodOutcome RunTsp(TspInstance t, Random rng, QaoaSettings s, NoiseModel? noise, bool requested)
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
        var (extras, details) = WithNoise(q.Qubo.ToPauliSum(), qubits, r, optimum, noise, s, rng,
            [new("qubits", qubits), new("p", r.Depth), new("expectation", r.Expectation), new("probabilityFeasible", m.ProbabilityFeasible),
             new("probabilityOptimal", m.ProbabilityOptimal), new("bestSampledLength", m.BestSampledCost),
             new("approximationRatio", m.ApproximationRatio), new("shots", m.Shots), new("evaluations", r.Evaluations)], Details(r));
        return new MethodOutcome("qaoa", m.BestSampledCost, tour, text, r.Seconds, extras, null, details);
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
