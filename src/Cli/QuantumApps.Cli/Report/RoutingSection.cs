using System.Diagnostics;
using System.Numerics;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;
using QuantumApps.Simulator;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// TSP: 4 cities (the first four of TSPLIB burma14, or seeded random points if the data directory is absent) by QAOA
/// on the (N−1)² = 9-qubit one-hot QUBO (city 0 fixed) versus Held–Karp and 2-opt; then what QAOA would need for
/// burma14 and ulysses16: (N−1)² qubits, a 16·2^q-byte state vector, and the CNOTs of one QAOA layer
/// (2 per quadratic QUBO term), against the measured classical solve time.
/// </summary>
public static class RoutingSection
{
    /// <summary>Published optimal tour lengths (TSPLIB95 documentation, "Optimal solutions for symmetric TSPs").</summary>
    private static readonly Dictionary<string, double> KnownOptima = new() { ["burma14"] = 3323, ["ulysses16"] = 6859 };

    /// <summary>Computes TSP-4 by QAOA and the classical solvers, and the scaling rows (no document access).</summary>
    public static RoutingOutcome Compute(ReportContext ctx)
    {
        TspInstance? burma = Load(ctx, "burma14.tsp"), ulysses = Load(ctx, "ulysses16.tsp");
        DistanceMatrix d4 = burma is not null
            ? DistanceMatrix.FromFunction(4, (i, j) => burma.Distances[i, j])
            : RandomCities(4, ctx.Rng);
        var tsp4 = new TspInstance(burma is not null ? "burma14 cities 1–4" : "4 random cities", d4);
        var (hk, twoOpt) = Classical(tsp4, ctx);
        var qubo = TspQubo.Create(tsp4, fixFirstCity: true);
        var diag = qubo.Qubo.Diagonal();
        // QAOA's angle ranges assume O(1), integer-like costs: measure lengths in units of the longest distance
        double scale = Enumerable.Range(0, 4).SelectMany(i => Enumerable.Range(0, 4).Select(j => d4[i, j])).Max();
        var scaled = diag.Select(v => v / scale).ToArray();
        bool Feasible(ulong b) => qubo.Decode(Bits(b, qubo.NumVariables)).IsFeasible;
        QuantumApps.Simulator.Circuits.Circuit? lastCircuit = null;
        var runs = new List<RoutingQaoaRun>();
        int maxP = ctx.Quick ? 3 : 5;
        for (int p = 1; p <= maxP; p++)
        {
            ctx.Step($"routing: TSP-4 QAOA p={p} on {qubo.NumVariables} qubits");
            var q = QaoaDriver.Run(new QaoaOptions(scaled, p, QaoaSense.Minimize) { RandomRestarts = 3 }, ctx.Rng);
            var m = QaoaMetrics.Compute(q.Probabilities, diag, hk.Length, QaoaSense.Minimize, Feasible, 1000, ctx.Rng, optimumTolerance: 1e-6);
            runs.Add(new RoutingQaoaRun(p, m.BestSampledCost, m.ProbabilityFeasible, m.ProbabilityOptimal, q.Seconds));
            lastCircuit = QaoaGateCircuit.Build((1.0 / scale) * qubo.Qubo.ToPauliSum(), qubo.NumVariables, q.Gammas, q.Betas);
        }
        int tsp4Cnots = 2 * qubo.Qubo.Pairs.Count;
        // uniform superposition baseline: fraction of feasible / optimal bitstrings
        int feasibleCount = 0, optimalCount = 0;
        for (ulong b = 0; b < (ulong)diag.Length; b++)
            if (Feasible(b)) { feasibleCount++; if (Math.Abs(diag[b] - hk.Length) < 1e-6) optimalCount++; }

        var big = new List<TspScalingRow>();
        int burmaQubits = 0, burmaCnots = 0;
        double hkBurma = double.NaN;
        foreach (var inst in new[] { burma, ulysses })
        {
            if (inst is null) continue;
            ctx.Step($"routing: {inst.Name} Held–Karp and 2-opt");
            int n = inst.CityCount, qubits = (n - 1) * (n - 1);
            var (exact, heur) = Classical(inst, ctx);
            var bigQubo = TspQubo.Create(inst, fixFirstCity: true);
            int cnots = 2 * bigQubo.Qubo.Pairs.Count;
            string name = inst.Name.EndsWith(".tsp", StringComparison.OrdinalIgnoreCase) ? inst.Name[..^4] : inst.Name;
            KnownOptima.TryGetValue(name, out double known);
            big.Add(new TspScalingRow(name, inst, qubits, cnots, exact, heur, known));
            if (inst == burma) { burmaQubits = qubits; burmaCnots = cnots; hkBurma = exact.Seconds; }
        }
        return new RoutingOutcome(tsp4, hk, twoOpt, runs, qubo.NumVariables, diag.Length, feasibleCount, optimalCount, big,
            burmaQubits, burmaCnots, hkBurma, tsp4Cnots, lastCircuit!);
    }

    /// <summary>Writes the TSP-4 figure and table, and the scaling table with the TSPLIB check.</summary>
    public static void Render(ReportDocument doc, RoutingOutcome o)
    {
        doc.Heading(2, "4. Routing: TSP by QAOA versus Held–Karp and 2-opt");
        var (hk, twoOpt) = (o.HeldKarp, o.TwoOpt);
        var rows = new List<string[]>
        {
            new[] { "Held–Karp (exact)", N(hk.Length), "1", "1", N(hk.Seconds, "0.0000") },
            new[] { "nearest neighbour + 2-opt", N(twoOpt.Length), "1", twoOpt.Length <= hk.Length + 1e-9 ? "1" : "0", N(twoOpt.Seconds, "0.0000") },
        };
        foreach (var m in o.Qaoa)
            rows.Add([$"QAOA p={m.Depth} ({o.Tsp4Qubits} qubits)", N(m.BestSampledCost) + " (best of 1000 shots)", N(m.ProbabilityFeasible, "0.0000"), N(m.ProbabilityOptimal, "0.0000"), N(m.Seconds, "0.000")]);
        rows.Add(["random valid tour (baseline)", "–", "1", N(o.Tsp4RandomTourOptimal, "0.0000"), "–"]);
        int maxP = o.Qaoa.Count;
        double uniformFeas = o.Tsp4UniformFeasible, uniformOpt = o.Tsp4UniformOptimal;
        var ps = o.Qaoa.Select(m => (double)m.Depth).ToList();
        doc.Figure("tsp4-qaoa", $"TSP with 4 cities ({o.Tsp4.Name}) by QAOA: probability that one shot is a valid tour / the optimal tour",
            new ChartSpec("TSP-4 by QAOA (9 qubits)", "QAOA depth p", "probability per shot", YMin: 0, YMax: 1),
            [new("P(feasible tour)", ps, o.Qaoa.Select(m => m.ProbabilityFeasible).ToList()), new("P(optimal tour)", ps, o.Qaoa.Select(m => m.ProbabilityOptimal).ToList()),
             new("uniform random bitstring: feasible", [1, maxP], [uniformFeas, uniformFeas], Dashed: true),
             new("uniform random bitstring: optimal", [1, maxP], [uniformOpt, uniformOpt], Dashed: true),
             new("random valid tour: optimal", [1, maxP], [o.Tsp4RandomTourOptimal, o.Tsp4RandomTourOptimal], Dashed: true)],
            ["method", "tour_length", "p_feasible", "p_optimal", "seconds"], rows);
        doc.Table(["method", "tour length", "P(feasible)", "P(optimal)", "seconds"], rows);
        doc.Paragraph($"Of the 2^{o.Tsp4Qubits} = {o.Tsp4Bitstrings} bitstrings only {o.Tsp4FeasibleCount} are tours ({o.Tsp4OptimalCount} optimal, counting both directions). QAOA p = {maxP} returns a valid tour in {N(o.Tsp4ProbabilityFeasible * 100, "0.0")} % of shots and the optimum in {N(o.Tsp4ProbabilityOptimal * 100, "0.0")} %; " +
                      $"picking one of the {o.Tsp4FeasibleCount} tours uniformly at random (no quantum computer, no search) finds the optimum {N(o.Tsp4RandomTourOptimal * 100, "0.0")} % of the time, {(o.Tsp4ProbabilityOptimal < o.Tsp4RandomTourOptimal ? "more often than" : "less often than")} QAOA's shot. Held–Karp is exact in {N(hk.Seconds * 1e3, "0.00")} ms.");

        if (o.Scaling.Count > 0)
        {
            // 16 bytes per amplitude: 2^(q+4) bytes, shown as a power of two and in decimal
            var big = o.Scaling.Select(r => new[] { r.Name, r.Instance.CityCount.ToString(), r.Qubits.ToString(), $"2^{r.Qubits + 4} B ≈ 10^{N((r.Qubits + 4) * Math.Log10(2), "0.0")} B", r.CnotsPerLayer.ToString(),
                N(r.HeldKarp.Length), N(r.HeldKarp.Seconds, "0.000"), N(r.TwoOpt.Length), N(r.TwoOpt.Seconds, "0.0000") }).ToList();
            var checks = o.Scaling.Select(r => $"{r.Name}: Held–Karp {N(r.HeldKarp.Length)} vs TSPLIB {N(r.KnownOptimum)} ({(Math.Abs(r.HeldKarp.Length - r.KnownOptimum) < 1e-9 ? "match" : "MISMATCH")})");
            doc.Table(["instance", "cities", "QAOA qubits (N−1)²", "state vector memory", "CNOTs per QAOA layer (all-to-all)", "Held–Karp optimum", "Held–Karp s", "2-opt length", "2-opt s"], big);
            doc.DataFile("tsp-scaling", ["instance", "cities", "qubits", "state_vector_memory", "cnots_per_layer", "held_karp_length", "held_karp_seconds", "two_opt_length", "two_opt_seconds"], big);
            doc.Paragraph("Check against the published TSPLIB optima: " + string.Join("; ", checks) + ". " +
                          "For comparison, 2^64 bytes is 16 EiB: no state-vector simulation of these QAOA instances is possible (other classical methods are not bounded by that memory).");
        }
        else doc.Paragraph("The TSPLIB files (data/graphs/burma14.tsp, ulysses16.tsp) were not found next to the executable or the working directory, so the scaling table is omitted.");
    }

    /// <summary>Held–Karp and nearest neighbour + 2-opt through <see cref="TspComparison"/> (the library call of <c>quantumapps tsp</c>).</summary>
    private static (TourSolution Exact, TourSolution TwoOpt) Classical(TspInstance instance, ReportContext ctx)
    {
        var r = TspComparison.Run(instance, [TspMethod.Exact, TspMethod.NearestNeighbourTwoOpt], new ComparisonOptions(ctx.Rng.NextInt64(), NamedMethods: true));
        if (r.Methods.FirstOrDefault(m => m.Status != MethodStatus.Ok) is { } bad)
            throw new QuantumAppsException($"report routing {instance.Name}: {bad.Method} {bad.Reason}");
        return (r.Methods[0].Solution!, r.Methods[1].Solution!);
    }

    private static bool[] Bits(ulong b, int n)
    {
        var r = new bool[n];
        for (int i = 0; i < n; i++) r[i] = (b >> i & 1) != 0;
        return r;
    }

    private static DistanceMatrix RandomCities(int n, Random rng)
    {
        var pts = Enumerable.Range(0, n).Select(_ => (rng.NextDouble() * 100, rng.NextDouble() * 100)).ToArray();
        return DistanceMatrix.FromFunction(n, (i, j) => Math.Round(Math.Sqrt(Math.Pow(pts[i].Item1 - pts[j].Item1, 2) + Math.Pow(pts[i].Item2 - pts[j].Item2, 2))));
    }

    private static TspInstance? Load(ReportContext ctx, string file)
    {
        if (ctx.DataDirectory is null) return null;
        string path = Path.Combine(ctx.DataDirectory, "graphs", file);
        return File.Exists(path) ? TsplibReader.ReadTsp(path) : null;
    }
}
