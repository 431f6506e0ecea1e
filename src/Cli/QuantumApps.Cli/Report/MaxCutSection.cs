using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Optimizers;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// MaxCut on one seeded random 3-regular graph per size: exact optimum (brute force), Goemans–Williamson, simulated
/// annealing, tabu search (one <see cref="MaxCutComparison"/> call per graph, the library call of <c>quantumapps maxcut</c>), and QAOA p = 1…P (linear-ramp start, L-BFGS with adjoint gradients, noiseless state vector).
/// QAOA's ratio is ⟨C⟩/C_max (what one measured shot achieves on average); the heuristics' ratio is their cut/C_max.
/// </summary>
public static class MaxCutSection
{
    /// <summary>Shots of QAOA, restarts of each heuristic and random draws in the like-against-like comparison (<see cref="BudgetLadder.K"/>).</summary>
    public const int BudgetShots = BudgetLadder.K;

    /// <summary>Wall-time budget (s) of the QAOA depth ladder per graph (<see cref="BudgetLadder.BudgetSeconds"/>).</summary>
    public static double BudgetSeconds(bool quick) => BudgetLadder.BudgetSeconds(quick);

    /// <summary>
    /// The like-against-like comparison on one graph (see <see cref="MaxCutBudgetRun"/>): the depth with the best ⟨C⟩
    /// among those whose cumulative optimisation time fits <paramref name="budget"/> (<see cref="BudgetLadder.Choose"/>),
    /// then annealing and tabu search with QAOA's wall time and <see cref="BudgetShots"/> restarts, and the
    /// random-assignment baseline.
    /// </summary>
    public static MaxCutBudgetRun Budgeted(Graph g, double[] diag, IReadOnlyList<MaxCutQaoaRun> runs, double budget, long seed, Random rng)
    {
        var (index, spent, within) = BudgetLadder.Choose(runs.Select(r => r.Seconds).ToArray(), runs.Select(r => r.Expectation).ToArray(), budget);
        var chosen = runs[index];
        double limit = Math.Max(spent, 1e-4);
        var heuristics = MaxCutComparison.Run(g, [MaxCutMethod.Sa, MaxCutMethod.Tabu],
            new ComparisonOptions(seed, NamedMethods: true) { TimeLimitSeconds = limit, Restarts = BudgetShots });
        if (heuristics.Methods.FirstOrDefault(m => m.Status != MethodStatus.Ok) is { } bad)
            throw new Simulator.QuantumAppsException($"report maxcut n={g.NodeCount}: {bad.Method} within {limit} s: {bad.Reason}");
        var sa = heuristics.Methods[0].Solution!;
        var tabu = heuristics.Methods[1].Solution!;
        double randomBest = double.NegativeInfinity;
        for (int i = 0; i < BudgetShots; i++) randomBest = Math.Max(randomBest, diag[rng.NextInt64(diag.Length)]);
        return new MaxCutBudgetRun(budget, chosen.Depth, spent, within, BudgetShots, chosen.Expectation, chosen.BestOfK,
            sa.Cut, sa.Seconds, tabu.Cut, tabu.Seconds, g.TotalWeight / 2, randomBest);
    }

    /// <summary>Computes every instance: the classical comparison and QAOA at each depth (no document access).</summary>
    public static MaxCutOutcome Compute(ReportContext ctx)
    {
        int[] ns = ctx.Quick ? [8, 10, 12, 14, 16] : [8, 10, 12, 14, 16, 18, 20];
        int maxP = ctx.Quick ? 3 : 5;
        var instances = new List<MaxCutInstance>();
        foreach (int n in ns)
        {
            var g = GraphGenerators.RandomRegular(n, 3, ctx.Rng);
            ctx.Step($"maxcut: n={n} exact, GW, annealing, tabu");
            var classical = MaxCutComparison.Run(g, [MaxCutMethod.Exact, MaxCutMethod.Gw, MaxCutMethod.Sa, MaxCutMethod.Tabu],
                new ComparisonOptions(ctx.Rng.NextInt64(), NamedMethods: true));
            if (classical.Methods.FirstOrDefault(m => m.Status != MethodStatus.Ok) is { } bad)
                throw new Simulator.QuantumAppsException($"report maxcut n={n}: {bad.Method} {bad.Reason}");
            var exact = classical.Methods[0].Solution!;
            var gw = classical.Methods[1].Solution!;
            var sa = classical.Methods[2].Solution!;
            var tabu = classical.Methods[3].Solution!;
            double opt = exact.Cut;
            var diag = MaxCut.CostOperator(g).Diagonal();
            // full mode: the state vector doubles per node, so the deepest circuits are run on the smaller graphs only
            int pMax = ctx.Quick || n <= 14 ? maxP : n <= 16 ? 3 : n <= 18 ? 2 : 1;
            var runs = new List<MaxCutQaoaRun>();
            for (int p = 1; p <= pMax; p++)
            {
                ctx.Step($"maxcut: n={n} QAOA p={p}");
                var options = new QaoaOptions(diag, p, QaoaSense.Maximize)
                {
                    OptimizerSettings = new OptimizerSettings { MaxIterations = ctx.Quick ? 100 : n >= 18 ? 80 : 200, GradientTolerance = 1e-6 },
                };
                var q = QaoaDriver.Run(options, ctx.Rng);
                var m = QaoaMetrics.Compute(q.Probabilities, diag, opt, QaoaSense.Maximize, null, 1000, ctx.Rng);
                double bestOfK = QaoaMetrics.Compute(q.Probabilities, diag, opt, QaoaSense.Maximize, null, BudgetShots, ctx.Rng).BestSampledCost;
                runs.Add(new MaxCutQaoaRun(p, q.Gammas.ToArray(), q.Betas.ToArray(), q.Expectation, m.ApproximationRatio, m.ProbabilityOptimal, m.BestSampledCost, q.Seconds, bestOfK));
            }
            ctx.Step($"maxcut: n={n} annealing and tabu with QAOA's wall time");
            var budgeted = Budgeted(g, diag, runs, BudgetSeconds(ctx.Quick), ctx.Rng.NextInt64(), ctx.Rng);
            instances.Add(new MaxCutInstance(n, g, opt, exact.Seconds, gw.Cut, gw.Seconds, sa.Cut, sa.Seconds, tabu.Cut, tabu.Seconds, runs, budgeted));
        }
        return new MaxCutOutcome(ctx.Quick, maxP, instances);
    }

    /// <summary>Writes the ratio and time figures, the table and the summary paragraph.</summary>
    public static void Render(ReportDocument doc, MaxCutOutcome outcome)
    {
        doc.Heading(2, "3. MaxCut: QAOA against classical heuristics");
        var all = outcome.Instances;
        int maxP = outcome.MaxDepth;
        var rows = new List<string[]>();
        foreach (var r in all)
        {
            string n = r.N.ToString();
            rows.Add([n, "exact (brute force)", N(r.Optimum), "1", "1", N(r.ExactSeconds, "0.000")]);
            rows.Add([n, "Goemans–Williamson", N(r.GwCut), N(r.GwRatio, "0.000"), "", N(r.GwSeconds, "0.000")]);
            rows.Add([n, "simulated annealing", N(r.AnnealingCut), N(r.AnnealingRatio, "0.000"), "", N(r.AnnealingSeconds, "0.000")]);
            rows.Add([n, "tabu search", N(r.TabuCut), N(r.TabuRatio, "0.000"), "", N(r.TabuSeconds, "0.000")]);
            foreach (var q in r.Qaoa)
                rows.Add([n, $"QAOA p={q.Depth}", N(q.BestSampledCost) + " (best of 1000 shots)", N(q.ApproximationRatio, "0.000"), N(q.ProbabilityOptimal, "0.0000"), N(q.Seconds, "0.000")]);
        }
        double[] nd = all.Select(r => (double)r.N).ToArray();
        var series = new List<ChartSeries>();
        for (int p = 1; p <= maxP; p++)
            series.Add(new ChartSeries($"QAOA p={p} (mean <C>/C_max)", nd, all.Select(r => r.Qaoa.Count >= p ? r.Qaoa[p - 1].ApproximationRatio : double.NaN).ToArray()));
        series.Add(new ChartSeries("Goemans–Williamson", nd, all.Select(r => r.GwRatio).ToArray(), Dashed: true));
        series.Add(new ChartSeries("simulated annealing", nd, all.Select(r => r.AnnealingRatio).ToArray(), Dashed: true));
        series.Add(new ChartSeries("tabu search", nd, all.Select(r => r.TabuRatio).ToArray(), Dashed: true));
        doc.Figure("maxcut-ratio", "Approximation ratio on random 3-regular graphs (one seeded graph per n)",
            new ChartSpec("MaxCut: approximation ratio", "nodes n (= qubits)", "ratio to the exact maximum cut", YMax: 1.02),
            series, ["n", "method", "cut", "ratio", "p_optimal", "seconds"], rows);
        double[] tExact = all.Select(r => r.ExactSeconds).ToArray(), tQaoa = all.Select(r => r.Qaoa[^1].Seconds).ToArray(), tGw = all.Select(r => r.GwSeconds).ToArray(),
            tSa = all.Select(r => r.AnnealingSeconds).ToArray(), tTabu = all.Select(r => r.TabuSeconds).ToArray();
        doc.Figure("maxcut-time", "Wall time per solve on this machine (QAOA: simulated optimisation at the largest p; exact: brute force over 2^n)",
            new ChartSpec("MaxCut: wall time per instance", "nodes n", "seconds", LogY: true),
            [new("exact (brute force)", nd, tExact), new("QAOA simulation (largest p)", nd, tQaoa), new("Goemans–Williamson", nd, tGw), new("simulated annealing", nd, tSa), new("tabu search", nd, tTabu)],
            ["n", "exact_s", "qaoa_s", "gw_s", "annealing_s", "tabu_s"],
            Enumerable.Range(0, all.Count).Select(i => new[] { all[i].N.ToString(), N(tExact[i], "R"), N(tQaoa[i], "R"), N(tGw[i], "R"), N(tSa[i], "R"), N(tTabu[i], "R") }));
        doc.Table(["n", "method", "cut", "ratio", "P(optimum)", "seconds"], rows);
        doc.Paragraph($"At n = {outcome.N}, QAOA p = {outcome.Depth} reaches ⟨C⟩/C_max = {N(outcome.QaoaRatio, "0.000")} with P(optimum) = {N(outcome.QaoaProbabilityOptimal, "0.000")} per shot; " +
                      $"tabu search finds cut ratio {N(outcome.TabuRatio, "0.000")} in {N(outcome.TabuSeconds, "0.000")} s and brute force proves the optimum in {N(outcome.ExactSeconds, "0.000")} s. " +
                      $"QAOA at its largest depth beat tabu search on {outcome.QaoaWinsOverTabu} of {outcome.InstanceCount} graphs. Note that a single QAOA shot gives the ratio on average only; repeated shots help, but the classical heuristics are already at or near 1." +
                      (outcome.Quick ? "" : " To stay within the time budget the full run caps the QAOA depth by size: p ≤ 5 up to n = 14, 3 at n = 16, 2 at n = 18, 1 at n = 20."));
        RenderBudgeted(doc, outcome);
        RenderRunFiles(doc, outcome);
    }

    private static void RenderBudgeted(ReportDocument doc, MaxCutOutcome outcome)
    {
        var all = outcome.Instances.Where(i => i.Budgeted is not null).ToList();
        if (all.Count == 0) return;
        var b0 = all[0].Budgeted!;
        string[] header = ["n", "C_max", "budget (s)", "QAOA p chosen", "QAOA time (s)", $"QAOA best of {b0.K} shots", "QAOA ⟨C⟩", $"annealing best of {b0.K} restarts (time s)",
                           $"tabu best of {b0.K} restarts (time s)", "random ⟨C⟩ = W/2", $"random best of {b0.K}"];
        var rows = all.Select(i =>
        {
            var b = i.Budgeted!;
            return new[]
            {
                i.N.ToString(), N(i.Optimum), N(b.BudgetSeconds), b.Depth.ToString() + (b.WithinBudget ? "" : " (over budget)"), N(b.QaoaSeconds, "0.000"), N(b.QaoaBestOfK), N(b.QaoaExpectation, "0.00"),
                $"{N(b.AnnealingBestOfK)} ({N(b.AnnealingSeconds, "0.000")})", $"{N(b.TabuBestOfK)} ({N(b.TabuSeconds, "0.000")})", N(b.RandomExpectation, "0.0"), N(b.RandomBestOfK),
            };
        }).ToList();
        doc.Paragraph($"**Like against like.** Each graph gives QAOA a wall-time budget of {N(b0.BudgetSeconds)} s for its depth ladder: the depth used is the one with the best ⟨C⟩ among p = 1, 2, … whose optimisations together fit the budget " +
                      $"(a shallower depth when the machine is slow — depth is chosen by time, not fixed), and QAOA's wall time is that cumulative simulation time. Simulated annealing and tabu search then get exactly that wall time (`--time-limit`) split over {b0.K} restarts, " +
                      $"against QAOA's best of {b0.K} shots; a uniformly random assignment is the floor (expected cut W/2, and its best of {b0.K} draws). Times depend on the machine and its load, so this table (unlike the rest) is not fixed by the seed.");
        doc.Table(header, rows);
        doc.DataFile("maxcut-budget", ["n", "optimum", "budget_s", "qaoa_depth", "within_budget", "qaoa_seconds", "k", "qaoa_best_of_k", "qaoa_expectation", "annealing_best_of_k", "annealing_seconds",
                                       "tabu_best_of_k", "tabu_seconds", "random_expectation", "random_best_of_k"],
            all.Select(i =>
            {
                var b = i.Budgeted!;
                return new[] { i.N.ToString(), N(i.Optimum, "R"), N(b.BudgetSeconds, "R"), b.Depth.ToString(), b.WithinBudget ? "1" : "0", N(b.QaoaSeconds, "R"), b.K.ToString(), N(b.QaoaBestOfK, "R"),
                               N(b.QaoaExpectation, "R"), N(b.AnnealingBestOfK, "R"), N(b.AnnealingSeconds, "R"), N(b.TabuBestOfK, "R"), N(b.TabuSeconds, "R"), N(b.RandomExpectation, "R"), N(b.RandomBestOfK, "R") };
            }));
        int wins = outcome.BudgetQaoaWins, ties = outcome.BudgetQaoaTies;
        doc.Paragraph($"Under the same time and the same k, QAOA's best sample beat both heuristics on {wins} of {all.Count} graphs and tied the better one on {ties}; " +
                      $"the heuristics reached the optimum on {all.Count(i => i.Budgeted!.HeuristicBestOfK >= i.Optimum - 1e-9)} of {all.Count}. QAOA's ⟨C⟩ exceeds the random assignment's W/2 by a factor {N(all.Min(i => i.Budgeted!.QaoaExpectation / i.Budgeted.RandomExpectation), "0.00")}–{N(all.Max(i => i.Budgeted!.QaoaExpectation / i.Budgeted.RandomExpectation), "0.00")} " +
                      $"(data: maxcut-budget.csv).");
    }

    /// <summary>The folder with every MaxCut run's graph, angles and circuits.</summary>
    public const string RunFolder = "maxcut-runs";

    /// <summary>
    /// Writes, for every graph, its edge list (<c>u v w</c>, 0-based, the format <c>quantumapps maxcut GRAPH</c> reads) and
    /// for every depth the optimised angles (γ₁…γ_p then β₁…β_p, the format <c>--angles FILE</c> reads) and the gate-level
    /// circuit as OpenQASM 2.0 (<see cref="QaoaGateCircuit"/>, global phase dropped), so another tool can check them.
    /// A serialisation of the outcome, not a computation.
    /// </summary>
    private static void RenderRunFiles(ReportDocument doc, MaxCutOutcome outcome)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rows = new List<string[]>();
        foreach (var i in outcome.Instances)
        {
            string graph = $"{RunFolder}/n{i.N}-graph.txt";
            doc.Files[graph] = $"# seeded random 3-regular graph of the report's MaxCut section; C_max = {i.Optimum.ToString("R", inv)}\n# nodes: {i.N}\n" +
                               string.Concat(i.Graph.Edges.Select(e => $"{e.U} {e.V} {e.Weight.ToString("R", inv)}\n"));
            var cost = MaxCut.CostOperator(i.Graph);
            var (angleFiles, circuitFiles) = QaoaRunFiles.Add(doc, $"{RunFolder}/n{i.N}", cost, i.N,
                i.Qaoa.Select(q => (q.Depth, q.Gammas, q.Betas, q.Expectation)),
                e => $"{Path.GetFileName(graph)}: gamma_1..gamma_p then beta_1..beta_p (radians); <C> = {e.ToString("R", inv)}");
            rows.Add([i.N.ToString(inv), $"`{graph}`", string.Join(", ", angleFiles), string.Join(", ", circuitFiles)]);
        }
        doc.Paragraph($"**Run files** (folder `{RunFolder}/`, {outcome.Instances.Sum(i => 1 + 2 * i.Qaoa.Count)} files), so another tool can check every run: each graph as an edge list (`u v w`, 0-based, read by `quantumapps maxcut`), " +
                      "each depth's optimised angles (γ₁…γ_p then β₁…β_p in radians, the `--angles FILE` format; `quantumapps maxcut maxcut-runs/nN-graph.txt --methods exact,qaoa --p P --angles maxcut-runs/nN-pP-angles.txt` re-optimises from them) " +
                      "and its gate-level circuit in OpenQASM 2.0 (qelib1 gates, no measurements, global phase dropped; its ⟨C⟩ is the one in the angles file's header).");
        doc.Table(["n", "graph", "angles (p = 1, 2, …)", "circuits (OpenQASM 2.0)"], rows, stacked: true);
    }
}
