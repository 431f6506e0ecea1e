using QuantumApps.Variational.Experiments;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>Gradient variance of random hardware-efficient circuits versus qubit count (see <see cref="BarrenPlateauExperiment"/>).</summary>
public static class BarrenPlateauSection
{
    /// <summary>Independent seeds of the whole experiment: 3 quick, 5 full.</summary>
    public static int Seeds(bool quick) => quick ? 3 : 5;

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
        return new BarrenPlateauOutcome(samples, shallowLayers, all, slopes);
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
    }
}
