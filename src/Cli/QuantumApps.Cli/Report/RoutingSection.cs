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
/// TSP: small instances (the first four cities of TSPLIB burma14 and four seeded random cities; full mode adds the first
/// five of burma14; seeded random points replace burma14 if the data directory is absent) by QAOA on the (N−1)²-qubit
/// one-hot QUBO (city 0 fixed) versus Held–Karp and 2-opt, like against like under one wall-time budget
/// (<see cref="BudgetLadder"/>: QAOA's best valid tour of K shots against simulated annealing's best of K restarts in
/// QAOA's wall time, and a uniformly random valid tour's best of K draws), the random-valid-tour baseline computed exactly;
/// then what QAOA would need for burma14 and ulysses16: (N−1)² qubits, a 16·2^q-byte state vector, and the CNOTs of one
/// QAOA layer (2 per quadratic QUBO term), against the measured classical solve time.
/// </summary>
public static class RoutingSection
{
    /// <summary>Published optimal tour lengths (TSPLIB95 documentation, "Optimal solutions for symmetric TSPs").</summary>
    private static readonly Dictionary<string, double> KnownOptima = new() { ["burma14"] = 3323, ["ulysses16"] = 6859 };

    /// <summary>The folder with every TSP run's instance, angles and circuits.</summary>
    public const string RunFolder = "tsp-runs";

    /// <summary>Relative tolerance for "this tour length is the optimum" (lengths are sums of a few distances).</summary>
    public const double OptimumTolerance = 1e-9;

    /// <summary>Computes every small instance by QAOA and the classical solvers, and the scaling rows (no document access).</summary>
    public static RoutingOutcome Compute(ReportContext ctx)
    {
        TspInstance? burma = Load(ctx, "burma14.tsp"), ulysses = Load(ctx, "ulysses16.tsp");
        var small = new List<(string Key, TspInstance Instance)>
        {
            burma is not null ? ("burma14-1to4", new TspInstance("burma14 cities 1–4", DistanceMatrix.FromFunction(4, (i, j) => burma.Distances[i, j])))
                              : ("random4a", new TspInstance("4 random cities (a)", RandomCities(4, ctx.Rng))),
            ("random4", new TspInstance("4 seeded random cities", RandomCities(4, ctx.Rng))),
        };
        if (!ctx.Quick && burma is not null)
            small.Add(("burma14-1to5", new TspInstance("burma14 cities 1–5", DistanceMatrix.FromFunction(5, (i, j) => burma.Distances[i, j]))));
        var instances = new List<RoutingInstance>();
        QuantumApps.Simulator.Circuits.Circuit? firstCircuit = null;
        foreach (var (key, inst) in small)
        {
            var (instance, circuit) = Small(ctx, key, inst);
            instances.Add(instance);
            firstCircuit ??= circuit;
        }

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
        return new RoutingOutcome(instances, big, burmaQubits, burmaCnots, hkBurma, firstCircuit!);
    }

    /// <summary>
    /// One small instance: Held–Karp and 2-opt, the exact random-tour baseline by enumeration, QAOA p = 1…P (3 quick, 5 full;
    /// 3 above 9 qubits), the like-against-like comparison, and the gate-level circuit of the deepest QAOA.
    /// </summary>
    private static (RoutingInstance Instance, QuantumApps.Simulator.Circuits.Circuit Circuit) Small(ReportContext ctx, string key, TspInstance tsp)
    {
        int cities = tsp.CityCount;
        var (hk, twoOpt) = Classical(tsp, ctx);
        var qubo = TspQubo.Create(tsp, fixFirstCity: true);
        int q = qubo.NumVariables;
        var diag = qubo.Qubo.Diagonal();
        double tol = OptimumTolerance * Math.Max(1, hk.Length);
        var feasible = new bool[diag.Length];
        int feasibleCount = 0, optimalCount = 0;
        for (ulong b = 0; b < (ulong)diag.Length; b++)
            if (feasible[b] = qubo.Decode(Bits(b, q)).IsFeasible) { feasibleCount++; if (Math.Abs(diag[b] - hk.Length) <= tol) optimalCount++; }
        // the random-valid-tour baseline, exactly: every order of cities 1…N−1 after city 0, lengths from the matrix (not the QUBO)
        var lengths = AllTours(cities).Select(t => tsp.Distances.TourLength(t)).ToArray();
        int optimalTours = lengths.Count(l => Math.Abs(l - hk.Length) <= tol);
        // QAOA's angle ranges assume O(1), integer-like costs: measure lengths in units of the longest distance
        double scale = Enumerable.Range(0, cities).SelectMany(i => Enumerable.Range(0, cities).Select(j => tsp.Distances[i, j])).Max();
        var scaled = diag.Select(v => v / scale).ToArray();
        bool Feasible(ulong b) => feasible[b];
        var runs = new List<RoutingQaoaRun>();
        int maxP = ctx.Quick || q > 9 ? 3 : 5;
        for (int p = 1; p <= maxP; p++)
        {
            ctx.Step($"routing: {tsp.Name} QAOA p={p} on {q} qubits");
            var r = QaoaDriver.Run(new QaoaOptions(scaled, p, QaoaSense.Minimize) { RandomRestarts = 3 }, ctx.Rng);
            var m = QaoaMetrics.Compute(r.Probabilities, diag, hk.Length, QaoaSense.Minimize, Feasible, 1000, ctx.Rng, optimumTolerance: tol);
            var k = QaoaMetrics.Compute(r.Probabilities, diag, hk.Length, QaoaSense.Minimize, Feasible, BudgetLadder.K, ctx.Rng, optimumTolerance: tol);
            double validMass = 0, validLength = 0;
            for (int b = 0; b < diag.Length; b++)
                if (feasible[b]) { validMass += r.Probabilities[b]; validLength += r.Probabilities[b] * diag[b]; }
            runs.Add(new RoutingQaoaRun(p, r.Gammas.Select(g => g / scale).ToArray(), r.Betas.ToArray(), m.ExpectedCost, m.BestSampledCost, m.ProbabilityFeasible,
                m.ProbabilityOptimal, validLength / validMass, r.Seconds, k.BestSampledCost, k.FeasibleSamples));
        }
        var budget = Budgeted(ctx, tsp, hk.Length, runs, BudgetLadder.BudgetSeconds(ctx.Quick));
        var circuit = QaoaGateCircuit.Build(qubo.Qubo.ToPauliSum(), q, runs[^1].Gammas, runs[^1].Betas);
        return (new RoutingInstance(key, tsp, hk, twoOpt, runs, scale, q, feasibleCount, optimalCount, lengths.Length, optimalTours, lengths.Average(),
            diag.Average(), 2 * qubo.Qubo.Pairs.Count, budget), circuit);
    }

    /// <summary>
    /// The like-against-like comparison on one instance (<see cref="TspBudgetRun"/>): the depth with the lowest ⟨H⟩ within the
    /// budget, simulated annealing with QAOA's wall time over K restarts, and K seeded uniformly random valid tours.
    /// </summary>
    public static TspBudgetRun Budgeted(ReportContext ctx, TspInstance tsp, double optimum, IReadOnlyList<RoutingQaoaRun> runs, double budget)
    {
        var (index, spent, within) = BudgetLadder.Choose(runs.Select(r => r.Seconds).ToArray(), runs.Select(r => -r.Expectation).ToArray(), budget);
        var chosen = runs[index];
        double limit = Math.Max(spent, 1e-4);
        ctx.Step($"routing: {tsp.Name} annealing with QAOA's wall time ({limit:0.000} s, {BudgetLadder.K} restarts)");
        var r = TspComparison.Run(tsp, [TspMethod.Sa], new ComparisonOptions(ctx.Rng.NextInt64(), NamedMethods: true) { TimeLimitSeconds = limit, Restarts = BudgetLadder.K });
        if (r.Methods.FirstOrDefault(m => m.Status != MethodStatus.Ok) is { } bad)
            throw new QuantumAppsException($"report routing {tsp.Name}: {bad.Method} within {limit} s: {bad.Reason}");
        var sa = r.Methods[0].Solution!;
        double best = double.PositiveInfinity, sum = 0;
        int optimal = 0;
        var order = Enumerable.Range(1, tsp.CityCount - 1).ToArray();
        for (int i = 0; i < BudgetLadder.K; i++)
        {
            ctx.Rng.Shuffle(order);
            double length = tsp.Distances.TourLength([0, .. order]);
            best = Math.Min(best, length);
            sum += length;
            if (Math.Abs(length - optimum) <= OptimumTolerance * Math.Max(1, optimum)) optimal++;
        }
        return new TspBudgetRun(budget, chosen.Depth, spent, within, BudgetLadder.K, chosen.BestOfK, chosen.ValidOfK, sa.Length, sa.Seconds, best, optimal, sum / BudgetLadder.K);
    }

    /// <summary>Every tour that starts at city 0: the (n−1)! orders of cities 1…n−1 (lexicographic).</summary>
    public static IEnumerable<int[]> AllTours(int n)
    {
        var rest = Enumerable.Range(1, n - 1).ToArray();
        IEnumerable<int[]> Orders(int[] prefix, int[] left) =>
            left.Length == 0 ? [prefix] : left.SelectMany(c => Orders([.. prefix, c], left.Where(x => x != c).ToArray()));
        return Orders([0], rest);
    }

    /// <summary>Writes the QAOA figure and table, the like-against-like table, the run files and the scaling table with the TSPLIB check.</summary>
    public static void Render(ReportDocument doc, RoutingOutcome o)
    {
        doc.Heading(2, "4. Routing: TSP by QAOA versus Held–Karp, 2-opt, annealing and a random tour");
        var rows = new List<string[]>();
        foreach (var i in o.Instances)
        {
            var (hk, twoOpt) = (i.HeldKarp, i.TwoOpt);
            string name = i.Instance.Name;
            rows.Add([name, "Held–Karp (exact)", N(hk.Length), "1", "1", N(hk.Seconds, "0.0000")]);
            rows.Add([name, "nearest neighbour + 2-opt", N(twoOpt.Length), "1", twoOpt.Length <= hk.Length + 1e-9 ? "1" : "0", N(twoOpt.Seconds, "0.0000")]);
            foreach (var m in i.Qaoa)
                rows.Add([name, $"QAOA p={m.Depth} ({i.Qubits} qubits)", double.IsNaN(m.BestSampledCost) ? "no tour in 1000 shots" : N(m.BestSampledCost) + " (best of 1000 shots)",
                          N(m.ProbabilityFeasible, "0.0000"), N(m.ProbabilityOptimal, "0.0000"), N(m.Seconds, "0.000")]);
            rows.Add([name, "random valid tour (baseline, exact)", N(i.RandomTourMeanLength, "0.0") + " (mean)", "1", N(i.RandomTourProbabilityOptimal, "0.0000"), "–"]);
        }
        var first = o.Instances[0];
        double uniformFeas = o.Tsp4UniformFeasible;
        var series = new List<ChartSeries>();
        int maxP = o.Instances.Max(i => i.Qaoa.Count);
        foreach (var i in o.Instances)
        {
            var ps = i.Qaoa.Select(m => (double)m.Depth).ToList();
            series.Add(new($"{i.Instance.Name}: P(valid tour)", ps, i.Qaoa.Select(m => m.ProbabilityFeasible).ToList()));
            series.Add(new($"{i.Instance.Name}: P(optimal tour)", ps, i.Qaoa.Select(m => m.ProbabilityOptimal).ToList()));
        }
        foreach (var g in o.Instances.GroupBy(i => i.RandomTourProbabilityOptimal))
            series.Add(new($"random valid tour: optimal ({(g.Count() == o.Instances.Count ? "every instance" : string.Join(", ", g.Select(i => i.Instance.Name)))})", [1, maxP], [g.Key, g.Key], Dashed: true));
        series.Add(new($"uniform random bitstring: valid tour ({first.Qubits} qubits)", [1, maxP], [uniformFeas, uniformFeas], Dashed: true));
        doc.Figure("tsp4-qaoa", "Small TSP instances by QAOA: probability that one shot is a valid tour / the optimal tour, against a uniformly random valid tour",
            new ChartSpec("TSP by QAOA: probability per shot", "QAOA depth p", "probability per shot", YMin: 0, YMax: 1),
            series, ["instance", "method", "tour_length", "p_feasible", "p_optimal", "seconds"], rows);
        doc.Table(["instance", "method", "tour length", "P(valid tour)", "P(optimal)", "seconds"], rows);
        doc.Paragraph($"Of the 2^{first.Qubits} = {first.Bitstrings} bitstrings of a 4-city QUBO only {first.FeasibleCount} are tours ({first.OptimalCount} optimal on {first.Instance.Name}, counting both directions). " +
                      string.Join(" ", o.Instances.Select(i => $"On {i.Instance.Name} QAOA p = {i.Qaoa[^1].Depth} returns a valid tour in {N(i.Qaoa[^1].ProbabilityFeasible * 100, "0.0")} % of shots and the optimum in {N(i.Qaoa[^1].ProbabilityOptimal * 100, "0.0")} %; " +
                          $"a uniformly random valid tour (no quantum computer, no search) is optimal with probability {i.OptimalTours}/{i.Tours} = {N(i.RandomTourProbabilityOptimal * 100, "0.0")} % (exact, by enumerating the {i.Tours} orders of the other cities), {(i.Qaoa[^1].ProbabilityOptimal < i.RandomTourProbabilityOptimal ? "more often than" : "less often than")} QAOA's shot.")) +
                      $" Held–Karp is exact in {N(first.HeldKarp.Seconds * 1e3, "0.00")} ms.");
        RenderBudgeted(doc, o);
        RenderRunFiles(doc, o);

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

    private static void RenderBudgeted(ReportDocument doc, RoutingOutcome o)
    {
        var b0 = o.Instances[0].Budgeted;
        int k = b0.K;
        string Tour(double length) => double.IsNaN(length) ? "no tour" : N(length);
        var rows = o.Instances.Select(i =>
        {
            var b = i.Budgeted;
            return new[]
            {
                i.Instance.Name, i.Qubits.ToString(), N(i.HeldKarp.Length), N(b.BudgetSeconds), b.Depth.ToString() + (b.WithinBudget ? "" : " (over budget)"), N(b.QaoaSeconds, "0.000"),
                $"{Tour(b.QaoaBestOfK)} ({b.QaoaValidOfK} of {k} valid)", N(i.Chosen.MeanValidLength, "0.0"), $"{N(b.AnnealingBestOfK)} ({N(b.AnnealingSeconds, "0.000")})",
                $"{N(i.RandomTourProbabilityOptimal, "0.000")} / {N(b.RandomOptimalOfK / (double)k, "0.00")}", $"{N(i.RandomTourMeanLength, "0.0")} / {N(b.RandomMeanOfK, "0.0")}", N(b.RandomBestOfK),
            };
        }).ToList();
        doc.Paragraph($"**Like against like.** Each instance gives QAOA a wall-time budget of {N(b0.BudgetSeconds)} s for its depth ladder, the rule of the MaxCut section: the depth used is the one with the lowest ⟨H⟩ among p = 1, 2, … whose optimisations together fit the budget, " +
                      $"and QAOA's wall time is that cumulative simulation time. Simulated annealing (2-opt moves, `quantumapps tsp --methods sa`) then gets exactly that wall time (`--time-limit`) split over {k} restarts (`--restarts`), against QAOA's best valid tour among {k} shots " +
                      $"(shots that are not tours count for nothing); a uniformly random valid tour is the floor: its probability of being optimal and its mean length computed exactly over all tours and measured over {k} seeded draws, and its best of {k}. " +
                      "Times depend on the machine and its load, so the chosen depth and annealing's result are not fixed by the seed.");
        doc.Table(["instance", "qubits", "optimum", "budget (s)", "QAOA p chosen", "QAOA time (s)", $"QAOA best of {k} shots", "QAOA mean valid tour", $"annealing best of {k} restarts (time s)",
                   $"random tour P(optimal) exact / of {k}", $"random tour mean exact / of {k}", $"random best of {k}"], rows);
        doc.DataFile("tsp-budget", ["instance", "key", "cities", "qubits", "optimum", "budget_s", "qaoa_depth", "within_budget", "qaoa_seconds", "k", "qaoa_best_of_k", "qaoa_valid_of_k",
                                    "qaoa_expectation_qubo", "uniform_expectation_qubo", "qaoa_p_feasible", "qaoa_p_optimal", "qaoa_mean_valid_length", "annealing_best_of_k", "annealing_seconds",
                                    "random_tours", "random_optimal_tours", "random_p_optimal_exact", "random_optimal_of_k", "random_mean_length_exact", "random_mean_of_k", "random_best_of_k"],
            o.Instances.Select(i =>
            {
                var b = i.Budgeted;
                var c = i.Chosen;
                return new[] { i.Instance.Name, i.Key, i.Instance.CityCount.ToString(), i.Qubits.ToString(), N(i.HeldKarp.Length, "R"), N(b.BudgetSeconds, "R"), b.Depth.ToString(), b.WithinBudget ? "1" : "0",
                               N(b.QaoaSeconds, "R"), k.ToString(), N(b.QaoaBestOfK, "R"), b.QaoaValidOfK.ToString(), N(c.Expectation, "R"), N(i.UniformExpectation, "R"), N(c.ProbabilityFeasible, "R"),
                               N(c.ProbabilityOptimal, "R"), N(c.MeanValidLength, "R"), N(b.AnnealingBestOfK, "R"), N(b.AnnealingSeconds, "R"), i.Tours.ToString(), i.OptimalTours.ToString(),
                               N(i.RandomTourProbabilityOptimal, "R"), b.RandomOptimalOfK.ToString(), N(i.RandomTourMeanLength, "R"), N(b.RandomMeanOfK, "R"), N(b.RandomBestOfK, "R") };
            }));
        int n = o.Instances.Count;
        doc.Paragraph($"Under the same time and the same k, QAOA's best valid tour was shorter than annealing's on {o.BudgetQaoaWins} of {n} instances and equal on {o.BudgetQaoaTies}; " +
                      $"annealing reached the optimum on {o.Instances.Count(i => i.Budgeted.AnnealingBestOfK <= i.HeldKarp.Length + 1e-9)} of {n}, and so did the best of {k} random tours on {o.Instances.Count(i => i.Budgeted.RandomBestOfK <= i.HeldKarp.Length + 1e-9)}. " +
                      $"In expectation, QAOA at the chosen depth has ⟨H⟩ = {string.Join(", ", o.Instances.Select(i => N(i.Chosen.Expectation, "0")))} (penalties of non-tours included) against {string.Join(", ", o.Instances.Select(i => N(i.UniformExpectation, "0")))} for a uniformly random bitstring; " +
                      $"its valid tours average {string.Join(", ", o.Instances.Select(i => N(i.Chosen.MeanValidLength, "0")))} against {string.Join(", ", o.Instances.Select(i => N(i.RandomTourMeanLength, "0")))} for a random valid tour, but only {string.Join(", ", o.Instances.Select(i => N(i.Chosen.ProbabilityFeasible * 100, "0") + " %"))} of its shots are tours. " +
                      "A 4-city instance has 3 distinct tours, so every method here, random included, finds the optimum within a handful of tries (data: tsp-budget.csv).");
    }

    /// <summary>
    /// Writes, for every small instance, the instance as a TSPLIB file (<see cref="TsplibWriter"/>, read by <c>quantumapps tsp</c>),
    /// for every depth the optimised angles (γ₁…γ_p then β₁…β_p on the unscaled QUBO, the <c>--angles FILE</c> format) and the
    /// gate-level circuit as OpenQASM 2.0 (<see cref="QaoaGateCircuit"/> on the QUBO's Pauli form, global phase dropped).
    /// A serialisation of the outcome, not a computation.
    /// </summary>
    private static void RenderRunFiles(ReportDocument doc, RoutingOutcome o)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rows = new List<string[]>();
        foreach (var i in o.Instances)
        {
            string file = $"{RunFolder}/{i.Key}.tsp";
            doc.Files[file] = TsplibWriter.FullMatrix(i.Instance, i.Key, $"{i.Instance.Name}; report routing section; Held-Karp optimum {i.HeldKarp.Length.ToString("R", inv)}");
            var cost = TspQubo.Create(i.Instance, fixFirstCity: true).Qubo.ToPauliSum();
            var (angleFiles, circuitFiles) = QaoaRunFiles.Add(doc, $"{RunFolder}/{i.Key}", cost, i.Qubits,
                i.Qaoa.Select(q => (q.Depth, q.Gammas, q.Betas, q.Expectation)),
                e => $"{Path.GetFileName(file)} (one-hot QUBO, city 0 fixed, {i.Qubits} qubits): gamma_1..gamma_p then beta_1..beta_p (radians, on the QUBO in distance units); <H> = {e.ToString("R", inv)}");
            rows.Add([i.Instance.Name, $"`{file}`", string.Join(", ", angleFiles), string.Join(", ", circuitFiles)]);
        }
        doc.Paragraph($"**Run files** (folder `{RunFolder}/`, {o.Instances.Sum(i => 1 + 2 * i.Qaoa.Count)} files, beside `{MaxCutSection.RunFolder}/`), so another tool can check every run: each instance as a TSPLIB file (EXPLICIT FULL_MATRIX, read by `quantumapps tsp`), " +
                      "each depth's optimised angles (γ₁…γ_p then β₁…β_p in radians on the QUBO in distance units — the report optimises the QUBO divided by the longest distance and converts back — the `--angles FILE` format; " +
                      $"`quantumapps tsp {RunFolder}/KEY.tsp --methods exact,qaoa --p P --angles {RunFolder}/KEY-pP-angles.txt` re-optimises from them) " +
                      "and its gate-level circuit in OpenQASM 2.0 (qelib1 gates, no measurements, global phase dropped; its ⟨H⟩ is the one in the angles file's header).");
        doc.Table(["instance", "TSPLIB file", "angles (p = 1, 2, …)", "circuits (OpenQASM 2.0)"], rows, stacked: true);
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
