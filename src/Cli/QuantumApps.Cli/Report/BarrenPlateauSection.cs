using QuantumApps.Variational.Experiments;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>Gradient variance of random hardware-efficient circuits versus qubit count (see <see cref="BarrenPlateauExperiment"/>).</summary>
public static class BarrenPlateauSection
{
    /// <summary>Independent seeds of the whole experiment: 3 quick, 5 full.</summary>
    public static int Seeds(bool quick) => quick ? 3 : 5;

    /// <summary>Sizes of the layer-wise comparison (L = n layers): 4, 6, 8 quick; 4, 6, 8, 10 full.</summary>
    public static int[] LayerwiseSizes(bool quick) => quick ? [4, 6, 8] : [4, 6, 8, 10];

    /// <summary>Circuits (seeds) per size of the layer-wise comparison: 5 quick, 10 full.</summary>
    public static int LayerwiseSeeds(bool quick) => quick ? 5 : 10;

    /// <summary>The schedules compared, in table order.</summary>
    public static IReadOnlyList<TrainingSchedule> Schedules { get; } = [TrainingSchedule.Layerwise, TrainingSchedule.FullDepthRandom, TrainingSchedule.FullDepthZero];

    /// <summary>40 Adam steps (step size 0.1) per layer-wise phase, 1,000 shots per circuit, success at ⟨Z…Z⟩ ≤ −0.9.</summary>
    public static LayerwiseTrainingSettings LayerwiseSettings { get; } = new(StepsPerPhase: 40, Shots: 1000, LearningRate: 0.1, SuccessCost: -0.9);

    /// <summary>Computes the four series (global/local cost × deep/shallow circuits; no document access).</summary>
    public static BarrenPlateauOutcome Compute(ReportContext ctx)
    {
        // per seed; quick mode spends its samples on 3 seeds × 50 rather than one seed × 100, since the spread across
        // seeds, not a single seed's scatter, is the uncertainty the verdicts use
        int samples = ctx.Quick ? 50 : 120;
        // deep circuits (L = n) cost n² gates on 2^n amplitudes: the full run stops them at 14 qubits, shallow ones at 18
        // (n = 20 costs about 6 minutes per series on the 2-core reference machine)
        int[] deepNs = ctx.Quick ? [4, 6, 8, 10, 12] : [4, 6, 8, 10, 12, 14];
        int[] shallowNs = ctx.Quick ? [4, 6, 8, 10, 12] : [4, 6, 8, 10, 12, 14, 16, 18];
        const int shallowLayers = 2;
        void Report(BarrenPlateauPoint p) => ctx.Step($"barren plateaus: n={p.NumQubits} L={p.Layers} Var={p.Variance:0.00e0} ({p.Seconds:0.0} s)");
        // every seed repeats the four series on its own generator (seed 0's series are the ones drawn); the slopes'
        // spread across seeds is the uncertainty the verdicts use, beside each fit's standard error
        int seeds = Seeds(ctx.Quick);
        long[] seedValues = [.. Enumerable.Range(0, seeds).Select(_ => ctx.Rng.NextInt64())];
        var perSeed = new List<List<BarrenPlateauSeries>>();
        foreach (long seed in seedValues)
        {
            var rng = Simulator.SeededRandom.Create(seed);
            perSeed.Add(
            [
                BarrenPlateauExperiment.Scan(deepNs, n => n, "L = n", CostLocality.Global, samples, rng, Report),
                BarrenPlateauExperiment.Scan(deepNs, n => n, "L = n", CostLocality.Local, samples, rng, Report),
                BarrenPlateauExperiment.Scan(shallowNs, _ => shallowLayers, $"L = {shallowLayers}", CostLocality.Global, samples, rng, Report),
                BarrenPlateauExperiment.Scan(shallowNs, _ => shallowLayers, $"L = {shallowLayers}", CostLocality.Local, samples, rng, Report),
            ]);
        }
        var all = perSeed[0];
        double[][] slopes = [.. Enumerable.Range(0, all.Count).Select(i => perSeed.Select(s => s[i].Fit.Slope).ToArray())];
        // layer-wise against full-depth training on its own generator, drawn after the series' seeds so they are unchanged
        var layerwiseRng = Simulator.SeededRandom.Create(ctx.Rng.NextInt64());
        var settings = LayerwiseSettings;
        var runs = new List<LayerwiseTrainingRun>();
        foreach (int n in LayerwiseSizes(ctx.Quick))
        {
            for (int seed = 0; seed < LayerwiseSeeds(ctx.Quick); seed++)
                runs.AddRange(LayerwiseTrainingExperiment.Compare(n, n, seed, Schedules, settings, layerwiseRng, ctx.CancellationToken));
            var at = runs.Where(r => r.NumQubits == n).ToList();
            ctx.Step($"barren plateaus: layer-wise n={n}: successes layer-wise {at.Count(r => r.Success && r.Schedule == TrainingSchedule.Layerwise)}, " +
                     $"full random {at.Count(r => r.Success && r.Schedule == TrainingSchedule.FullDepthRandom)}, full zero {at.Count(r => r.Success && r.Schedule == TrainingSchedule.FullDepthZero)} of {LayerwiseSeeds(ctx.Quick)}");
        }
        return new BarrenPlateauOutcome(samples, shallowLayers, all, slopes, runs, settings);
    }

    /// <summary>Writes the figure, the slope table and the paragraph.</summary>
    public static void Render(ReportDocument doc, BarrenPlateauOutcome outcome)
    {
        doc.Heading(2, "5. Trainability: barren plateaus");
        var all = outcome.Series;
        int samples = outcome.Samples, shallowLayers = outcome.ShallowLayers;
        int lastShallowN = all[2].Points[^1].NumQubits;
        var series = all.Select(s => new ChartSeries($"{s.Label}: b = {N(s.Fit.Slope, "0.000")} ± {N(s.Fit.SlopeStandardError, "0.000")}",
            s.Points.Select(p => (double)p.NumQubits).ToArray(), s.Points.Select(p => p.Variance).ToArray(), s.Points.Select(p => p.VarianceStandardError).ToArray())).ToList();
        series.Add(new ChartSeries("2^−n (McClean et al. 2018)", [4, lastShallowN], [all[0].Points[0].Variance, all[0].Points[0].Variance * Math.Pow(2, 4 - lastShallowN)], Dashed: true));
        var rows = all.SelectMany(s => s.Points.Select(p => new[] { s.Cost.ToString().ToLowerInvariant(), s.DepthLabel, p.NumQubits.ToString(), p.Layers.ToString(), p.Samples.ToString(), N(p.Variance, "R"), N(p.VarianceStandardError, "R"), N(p.MeanGradient, "R") }));
        doc.Figure("barren-plateaus", $"Variance of ∂C/∂θ (middle parameter) over {samples} random circuits and angles, with fitted slopes of ln Var = a + b·n",
            new ChartSpec("Gradient variance versus qubits", "qubits n", "Var(∂C/∂θ)", LogY: true), series,
            ["cost", "depth", "n", "layers", "samples", "variance", "variance_se", "mean_gradient"], rows);
        int seeds = outcome.SeedCount;
        doc.Table(["cost", "depth", "fitted slope b of ln Var (per qubit), first seed ± fit s.e.", $"b across {seeds} seeds: mean ± s.d.", "decay factor per qubit e^b (seed mean)", "points"],
            all.Select((s, i) => new[]
            {
                s.Cost == CostLocality.Global ? "global Z0…Z(n−1)" : "local Z0", s.DepthLabel, $"{N(s.Fit.Slope, "0.000")} ± {N(s.Fit.SlopeStandardError, "0.000")}",
                $"{N(outcome.SlopeMean(i), "0.000")} ± {N(outcome.SlopeSpread(i), "0.000")}", N(Math.Exp(outcome.SlopeMean(i)), "0.000"), s.Points.Count.ToString(),
            }));
        doc.DataFile("barren-plateaus-seeds", ["cost", "depth", "seed", "slope", "fit_slope_se_first_seed"],
            all.SelectMany((s, i) => outcome.SeedSlopes![i].Select((b, k) => new[] { s.Cost.ToString().ToLowerInvariant(), s.DepthLabel, k.ToString(), N(b, "R"), k == 0 ? N(s.Fit.SlopeStandardError, "R") : "" })));
        doc.Paragraph($"**Uncertainty.** The whole experiment (random circuits and angles) was repeated with {seeds} independent seeds; the slopes' standard deviation across seeds is the uncertainty the verdicts use " +
                      "(a fit's standard error only measures the scatter of one seed's points about its line and understates how far the slope moves between seeds). " +
                      "The claim rules test the seed mean ± 2 s.d. against their thresholds (data: barren-plateaus-seeds.csv).");
        doc.Paragraph($"McClean et al. (Nat. Commun. 9, 4812, 2018) predict Var ∝ 2^−n (b = −ln 2 = −0.693) for circuits deep enough to be 2-designs; the deep global cost here gives b = {N(outcome.SlopeMean(0), "0.00")} ± {N(outcome.SlopeSpread(0), "0.00")} (mean ± s.d. over {outcome.SeedCount} seeds). " +
                      $"Cerezo et al. (Nat. Commun. 12, 1791, 2021): a global cost decays exponentially even at constant depth (L = {shallowLayers}: b = {N(outcome.SlopeMean(2), "0.00")} ± {N(outcome.SlopeSpread(2), "0.00")}), " +
                      $"while a local cost at shallow depth does not (b = {N(outcome.SlopeMean(3), "0.000")} ± {N(outcome.SlopeSpread(3), "0.000")}). With a variance V, estimating one gradient component to a relative error of 10 % needs about 100/V shots (each shot has variance ≤ 1).");
        RenderLayerwise(doc, outcome);
    }

    /// <summary>The layer-wise training comparison: table per size and schedule, every run as CSV, the paragraph.</summary>
    private static void RenderLayerwise(ReportDocument doc, BarrenPlateauOutcome outcome)
    {
        if (outcome.Layerwise is not { Count: > 0 } runs || outcome.LayerwiseSettings is not { } s) return;
        var m = outcome.Measurements();
        static string Name(TrainingSchedule t) => t switch
        {
            TrainingSchedule.Layerwise => "layer-wise (grow, freeze; new layer at 0)",
            TrainingSchedule.FullDepthRandom => "full depth, random start",
            _ => "full depth, zero start",
        };
        doc.Heading(3, "Layer-wise training against full-depth training");
        doc.Table(["n", "layers", "schedule", "success (⟨Z…Z⟩ ≤ " + N(s.SuccessCost, "0.0") + ")", "final cost: mean ± s.d.", "best", "Adam steps", "device circuits per run"],
            runs.GroupBy(r => (r.NumQubits, r.Schedule)).OrderBy(g => g.Key.NumQubits).ThenBy(g => Schedules.ToList().IndexOf(g.Key.Schedule)).Select(g =>
            {
                var c = g.Select(r => r.FinalCost).ToArray();
                double mean = c.Average(), sd = c.Length > 1 ? Math.Sqrt(c.Sum(v => (v - mean) * (v - mean)) / (c.Length - 1)) : double.NaN;
                var first = g.First();
                return new[] { first.NumQubits.ToString(), first.Layers.ToString(), Name(first.Schedule), $"{g.Count(r => r.Success)} of {g.Count()}", $"{N(mean, "0.000")} ± {N(sd, "0.000")}",
                               N(c.Min(), "0.000"), first.Steps.ToString(), first.Circuits.ToString() };
            }));
        doc.DataFile("barren-plateaus-layerwise", ["n", "layers", "seed", "schedule", "final_cost", "success", "circuits", "steps"],
            runs.Select(r => new[] { r.NumQubits.ToString(), r.Layers.ToString(), r.Seed.ToString(), r.Schedule.ToString(), N(r.FinalCost, "R"), r.Success ? "1" : "0", r.Circuits.ToString(), r.Steps.ToString() }));
        doc.Paragraph($"Task: minimise the global cost ⟨Z0⋯Z(n−1)⟩ of this section's random circuit (L = n layers, the axes drawn once per seed and shared by the three schedules; minimum −1) from shot-noise estimates ({s.Shots} shots per circuit: " +
                      $"cost ± √((1 − C²)/{s.Shots}), each gradient component ± 1/√(2·{s.Shots}) as two parameter-shift estimates give), by Adam (step size {N(s.LearningRate)}). " +
                      $"Layer-wise (Skolik et al. 2021, their phase one): add one layer with its angles at 0, train only it for {s.StepsPerPhase} steps, freeze it, repeat up to L layers. Full depth trains all n·L angles at once from a random start (McClean et al.'s plateau setting) or from 0 (the start layer-wise gives each layer), " +
                      $"for as many steps as the same budget of device circuits buys (2 per trained angle per step plus one cost estimate: {N(m["plateaus.layerwise.layerwise.circuits_largest"])} circuits per run at n = {N(m["plateaus.layerwise.largest_n"])}); every phase returns its lowest estimated point and the table gives the exact cost there. " +
                      $"At n = {N(m["plateaus.layerwise.largest_n"])} layer-wise ended lower than both full-depth schedules (by more than {N(BarrenPlateauOutcome.LayerwiseWinMargin)}) on {N(m["plateaus.layerwise.wins_largest"])} of {N(m["plateaus.layerwise.seeds"])} circuits; " +
                      $"successes: layer-wise {N(m["plateaus.layerwise.layerwise.success_largest"], "0.00")}, full depth random start {N(m["plateaus.layerwise.full_random.success_largest"], "0.00")}, zero start {N(m["plateaus.layerwise.full_zero.success_largest"], "0.00")} (fractions). " +
                      "The claim row's rule (claims catalogue) decides from the share of circuits layer-wise wins at the largest size. " +
                      "Campos, Nasrallah & Biamonte (2021) prove that layer-wise training can stall: for some targets every added block stays at the identity until a critical depth, so success here says nothing for all tasks. Their second phase (retraining larger parts) is not run here.");
    }
}
