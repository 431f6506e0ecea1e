using System.Diagnostics;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Diagnostics;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;
using static QuantumApps.Cli.Report.ReportDocument;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Quantum classifiers and kernels against classical models on the same split and tuning budget
/// (<see cref="ClassificationBenchmark"/>), kernel concentration and geometric differences (<see cref="KernelConcentration"/>).
/// The section draws only from its own seed (<see cref="SectionSeed"/>), never from the report's shared generator.
/// </summary>
public static class MachineLearningSection
{
    /// <summary>The section's seed, derived from the 64-bit report seed.</summary>
    public static int SectionSeed(long reportSeed) => unchecked(SeededRandom.Int32Seed(reportSeed) * 7919 + 0x4D4C);

    /// <summary>
    /// The benchmark settings: quick mode uses 3 folds and 20 Adam epochs, full mode 5 folds and 30 epochs (not the
    /// classify default of 100: the 8-qubit VQC's 16 fits per variant would take about 6 minutes on 2 cores).
    /// </summary>
    public static BenchmarkSettings Settings(bool quick) =>
        quick ? new BenchmarkSettings(Features: 4, Folds: 3, Epochs: 20) : new BenchmarkSettings(Features: 4, Folds: 5, Epochs: 30);

    /// <summary>Samples of each synthetic set.</summary>
    public static int SyntheticSamples(bool quick) => quick ? 120 : 300;

    /// <summary>Runs every model on every data set, then the concentration scan (no document access).</summary>
    public static MachineLearningOutcome Compute(ReportContext ctx)
    {
        var clock = Stopwatch.StartNew();
        string dir = ctx.DataDirectory is string d ? Path.Combine(d, "datasets")
            : throw new QuantumAppsException("report: the data directory (data/datasets) was not found");
        int seed = SectionSeed(ctx.Options.Seed);
        bool quick = ctx.Quick;
        var settings = Settings(quick);
        int synthetic = SyntheticSamples(quick);
        var breast = DatasetReader.Read(Path.Combine(dir, "breast_cancer.csv"));
        var jobs = new List<(string Label, string Description, Dataset Data, int Features)>
        {
            ("breast cancer, 4 features", "breast_cancer.csv (569 samples, 30 columns), PCA to 4 components", breast, 4),
            ("iris versicolor vs virginica", "iris.csv, classes versicolor and virginica (100 samples), its 4 columns",
                DatasetReader.Read(Path.Combine(dir, "iris.csv")).SelectClasses(["versicolor", "virginica"]), 4),
            ("wine classes 0 vs 1", "wine_data.csv, classes class_0 and class_1 (130 samples, 13 columns), PCA to 4 components",
                DatasetReader.Read(Path.Combine(dir, "wine_data.csv")).SelectClasses(["0", "1"]), 4),
            ("hidden manifold", $"synthetic hidden manifold (Bowles et al. 2024; {synthetic} samples, 4 dimensions, 2-dimensional manifold)",
                SyntheticData.HiddenManifold(synthetic, 4, new Random(seed + 101)), 4),
        };
        if (!quick)
        {
            jobs.Insert(1, ("breast cancer, 8 features", "breast_cancer.csv, PCA to 8 components", breast, 8));
            jobs.Add(("two curves", $"synthetic two curves (Bowles et al. 2024; {synthetic} samples, 4 dimensions, degree 2)",
                SyntheticData.TwoCurves(synthetic, 4, new Random(seed + 102)), 4));
        }
        var tasks = new List<MachineLearningTask>();
        foreach (var job in jobs)
        {
            ctx.Step($"machine learning: {job.Label}");
            var progress = new StepProgress(ctx, job.Label);
            var result = ClassificationBenchmark.Run(job.Data, MachineLearningOutcome.AllModels, settings with { Features = job.Features }, seed,
                progress, ctx.CancellationToken);
            tasks.Add(new MachineLearningTask(job.Label, job.Description, result));
        }
        ctx.Step("machine learning: kernel concentration");
        var stats = new KernelStatsSettings(MaxQubits: quick ? 8 : 14, Samples: quick ? 60 : 100, Folds: settings.Folds);
        var concentration = KernelConcentration.Run(breast, stats, seed, null, ctx.CancellationToken);
        return new MachineLearningOutcome(seed, quick, settings, tasks, "breast cancer", concentration, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Forwards the benchmark's "training with" lines to the report progress (one per model).</summary>
    private sealed class StepProgress(ReportContext ctx, string label) : IProgress<string>
    {
        public void Report(string value)
        {
            if (value.Contains("training with", StringComparison.Ordinal)) ctx.Step($"machine learning: {label}: {value}");
        }
    }

    /// <summary>The rows of one data set's table: model, qubits, test accuracy, CV mean ± std, training s, device circuits, device s.</summary>
    public static IReadOnlyList<string[]> TableRows(ClassificationResult r) =>
        [.. r.Models.Select(m => m.Ok
            ? new[] { ModelNames.Name(m.Kind), m.Qubits.ToString(), N(m.TestAccuracy, "0.000"), $"{N(m.CvMean, "0.000")} ± {N(m.CvStd, "0.000")}",
                N(m.TrainingSeconds, "0.000"), m.DeviceCircuits.ToString(), m.DeviceSeconds is double s ? N(s, "G3") : "–" }
            : [ModelNames.Name(m.Kind), "failed: " + m.Reason, "", "", "", "", ""])];

    /// <summary>Writes the tables, the CSV files, the concentration figure and the geometric-difference table.</summary>
    public static void Render(ReportDocument doc, MachineLearningOutcome o)
    {
        var s = o.Settings;
        doc.Heading(2, "7. Machine learning: quantum classifiers against classical models");
        doc.Paragraph($"Every model of `quantumapps classify` on each data set, on one seeded stratified split (test fraction {N(s.TestFraction, "0.##")}; " +
                      $"standardisation, PCA and rescaling to [0, π] fitted on the training part only). Hyperparameters are chosen by {s.Folds}-fold cross-validation on the training part " +
                      $"with {HyperparameterGrid.Points} grid points for every model, quantum or classical; the VQC has {s.Layers} layer(s) and is trained for {s.Epochs} epochs of full-batch Adam" +
                      (o.Quick ? " (quick mode: 3 folds and 20 epochs instead of 5 and 30, fewer synthetic samples, no 8-feature breast cancer and no second synthetic set)" : "") +
                      " (fewer than the 100 epochs of `classify`, to keep the report's run time bounded, so the VQC rows may be under-trained)" +
                      ". Qubits = features. Training seconds: the final fit here (simulated); device circuits: what a device would run for that fit (parameter shift for the VQC, one compute–uncompute circuit per kernel entry); " +
                      $"device s: IBM Heron timings, all-to-all, {s.DeviceShots} shots per circuit. Section seed {o.Seed} (derived from the report seed); section time {N(o.Seconds, "0.0")} s.");
        var header = new[] { "model", "qubits", "test accuracy", "CV accuracy (mean ± std)", "training s", "device circuits", "device s" };
        var csv = new List<string[]>();
        foreach (var t in o.Tasks)
        {
            var r = t.Result;
            doc.Heading(3, t.Label);
            doc.Paragraph($"{t.Description}: {r.TrainSamples} training and {r.TestSamples} test samples, {r.Features} features, classes {string.Join(", ", r.Classes)}.");
            doc.Table(header, TableRows(r));
            csv.AddRange(r.Models.Select(m => new[] { t.Label, ModelNames.Name(m.Kind), m.Status, m.Qubits.ToString(), m.Parameters.ToString(), m.Hyperparameters,
                N(m.TestAccuracy, "R"), N(m.CvMean, "R"), N(m.CvStd, "R"), N(m.TrainingSeconds, "R"), N(m.SelectionSeconds, "R"), m.Simulations.ToString(),
                m.DeviceCircuits.ToString(), m.ShotsPerCircuit.ToString(), m.DeviceSeconds is double ds ? N(ds, "R") : "" }));
        }
        doc.DataFile("machine-learning", ["dataset", "model", "status", "qubits", "parameters", "hyperparameters", "test_accuracy", "cv_mean", "cv_std",
            "training_seconds", "selection_seconds", "simulations", "device_circuits", "shots_per_circuit", "device_seconds"], csv);
        doc.Paragraph("All rows: `machine-learning.csv`. Verdicts on the learning claims are in the summary table at the top.");

        var c = o.Concentration;
        var groups = c.Rows.GroupBy(r => (r.Map, r.Scaled)).ToList();
        var series = groups.Select(g => new ChartSeries($"{g.Key.Map}, c = {(g.Key.Scaled ? "1/√n" : "1")}",
            g.Select(r => (double)r.Qubits).ToArray(), g.Select(r => r.Variance > 0 ? r.Variance : double.NaN).ToArray())).ToList();
        doc.Figure("kernel-concentration", $"Variance of the off-diagonal fidelity-kernel entries against qubits ({c.Samples} training samples of {o.ConcentrationDataset}, PCA to n features; Thanasilp et al. 2022): resolving them needs about 1/variance shots per entry",
            new ChartSpec("Kernel concentration", "qubits n", "Var of off-diagonal k(x, x')", LogY: true), series,
            ["qubits", "kernel", "scaled", "bandwidth", "mean", "variance", "shots_to_resolve", "geometric_difference"],
            c.Rows.Select(r => new[] { r.Qubits.ToString(), r.Map, r.Scaled ? "true" : "false", N(r.Bandwidth, "R"), N(r.Mean, "R"), N(r.Variance, "R"),
                double.IsFinite(r.ShotsToResolve) ? N(r.ShotsToResolve, "R") : "inf", N(r.GeometricDifference, "R") }));
        var qubits = c.Rows.Select(r => r.Qubits).Distinct().Where(n => n % 2 == 0 || n == c.MaxQubits).ToList();
        doc.Table(["qubits", "RBF γ (CV)", .. groups.Select(g => $"g(K_RBF‖K_{g.Key.Map}, c = {(g.Key.Scaled ? "1/√n" : "1")})")],
            qubits.Select(n => new[] { n.ToString(), N(c.Classical.First(k => k.Qubits == n).Gamma, "G3") }
                .Concat(groups.Select(g => N(g.First(r => r.Qubits == n).GeometricDifference, "0.00"))).ToArray()));
        doc.Paragraph($"Geometric difference g(K_C‖K_Q) = sqrt(‖sqrt(K_Q) K_C⁻¹ sqrt(K_Q)‖∞) of Huang et al. (Nat. Commun. 12, 2631, 2021) between the cross-validated RBF kernel and each quantum kernel on the same {c.Samples} samples, " +
                      $"with K_C⁻¹ regularised as sqrt(K_C)(K_C + λI)⁻²sqrt(K_C), λ = {N(c.Regularization, "G3")}. A quantum kernel can only predict better than the classical one on some labelling if g is large, of order sqrt(N) = {N(Math.Sqrt(c.Samples), "0.0")}; " +
                      "a large g is necessary, not sufficient. With c = 1 the variance falls exponentially with n (concentration), so shots per entry grow exponentially; c = 1/√n keeps the kernel resolvable but closer to a classical one.");
    }

    /// <summary>The best quantum and best classical model of one data set and whether the quantum one is ahead.</summary>
    public sealed record Comparison(string Task, ModelOutcome? BestQuantum, ModelOutcome? BestClassical, bool QuantumAhead);

    /// <summary>
    /// The rule of the learning claims: the best (by test accuracy, then CV mean) of <paramref name="quantum"/> against
    /// the best of <paramref name="classical"/>; the quantum model is ahead only if its test accuracy exceeds the classical
    /// one by more than the larger of their CV standard deviations (ties and differences within one standard deviation
    /// are no advantage). A missing or failed side is no advantage.
    /// </summary>
    public static Comparison Compare(MachineLearningTask task, IReadOnlyCollection<ModelKind> quantum, IReadOnlyCollection<ModelKind> classical)
    {
        ModelOutcome? Best(IReadOnlyCollection<ModelKind> kinds) => task.Result.Models.Where(m => m.Ok && kinds.Contains(m.Kind))
            .OrderByDescending(m => m.TestAccuracy).ThenByDescending(m => m.CvMean).FirstOrDefault();
        var q = Best(quantum);
        var c = Best(classical);
        bool ahead = q is not null && c is not null && q.TestAccuracy - c.TestAccuracy > Math.Max(q.CvStd, c.CvStd);
        return new Comparison(task.Label, q, c, ahead);
    }
}
