using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;
using QuantumApps.Learning.Preprocessing;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

namespace QuantumApps.Learning.Diagnostics;

/// <summary>
/// Exponential concentration of fidelity kernels (Thanasilp, Wang, Cerezo &amp; Holmes 2022, "Exponential concentration
/// in quantum kernel methods", arXiv:2208.11060): on the same data reduced to n = 2…max features, the off-diagonal
/// entries of the ZZ and IQP Gram matrices (bandwidth 1 and 1/√n, Shaydulin &amp; Wild 2022) have mean μ and variance
/// σ² that shrink with n. A device estimates an entry from N shots with a Binomial error of standard deviation at most
/// 1/(2√N); telling the entries apart needs that error below their spread σ, so N ≈ 1/σ² shots
/// (<see cref="ShotsToResolve"/>; the Binomial bound needs 1/(4σ²), Thanasilp et al. state the Ω(1/σ²) scaling). Beside
/// each quantum kernel the geometric difference g(K_C‖K_Q) (<see cref="GeometricDifference"/>) against the RBF kernel
/// whose γ ∈ {0.1, 1, 10}/n wins k-fold cross-validation of an SVM on the same samples (the svm-rbf grid of classify).
/// </summary>
public static class KernelConcentration
{
    /// <summary>Default λ of the geometric difference (kernels have trace N, so eigenvalues up to N; g ≤ sqrt(N/(4λ))).</summary>
    public const double DefaultRegularization = 1e-3;

    /// <summary>Mean and population variance of the entries above the diagonal of a square Gram matrix.</summary>
    public static (double Mean, double Variance) OffDiagonal(KernelMatrix k)
    {
        ArgumentNullException.ThrowIfNull(k);
        int n = k.Rows;
        if (n != k.Columns || n < 2) throw new QuantumAppsException($"off-diagonal statistics need a square Gram matrix of at least 2 samples, not {k.Rows}×{k.Columns}");
        double sum = 0;
        long count = (long)n * (n - 1) / 2;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) sum += k[i, j];
        double mean = sum / count;
        double ss = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++) { double d = k[i, j] - mean; ss += d * d; }
        return (mean, ss / count);
    }

    /// <summary>⌈1/σ²⌉ shots (infinity when σ² = 0).</summary>
    public static double ShotsToResolve(double variance) => variance > 0 ? Math.Ceiling(1 / variance) : double.PositiveInfinity;

    /// <summary>The concentration table of <paramref name="data"/>; progress reports a line per qubit count.</summary>
    public static KernelStatsResult Run(Dataset data, KernelStatsSettings settings, int seed, IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.MaxQubits < 2) throw new QuantumAppsException($"--max-qubits must be at least 2, not {settings.MaxQubits}");
        if (settings.MaxQubits > StateVector.MaxQubits) throw new QuantumAppsException($"--max-qubits {settings.MaxQubits} exceeds the simulator's limit of {StateVector.MaxQubits}");
        if (settings.Samples < 2 * settings.Folds) throw new QuantumAppsException($"--samples must be at least twice the {settings.Folds} folds, not {settings.Samples}");
        if (!(settings.Regularization >= 0) || !double.IsFinite(settings.Regularization))
            throw new QuantumAppsException($"--regularization must be non-negative, not {settings.Regularization}");
        if (data.Features < 2) throw new QuantumAppsException($"{data.Name}: kernel statistics need at least 2 feature columns, not {data.Features}");
        var split = StratifiedSplit.TrainTest(data.Labels, data.ClassCount, settings.TestFraction, new Random(seed));
        var train = data.Subset(split.Train);
        if (train.Count > settings.Samples)
        {
            var keep = StratifiedSplit.TrainTest(train.Labels, train.ClassCount, 1 - settings.Samples / (double)train.Count, new Random(seed + 2));
            train = train.Subset(keep.Train);
        }
        var folds = StratifiedSplit.KFold(train.Labels, train.ClassCount, settings.Folds, new Random(seed + 1));
        int max = Math.Min(settings.MaxQubits, data.Features);
        var rows = new List<ConcentrationRow>();
        var classical = new List<ClassicalKernelChoice>();
        var rbfGrid = HyperparameterGrid.For(ModelKind.SvmRbf, new BenchmarkSettings(Folds: settings.Folds));
        double[] gammaFactors = [0.1, 1, 10];
        for (int n = 2; n <= max; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"kernel statistics: {n} qubits");
            int best = 0;
            double bestAccuracy = -1;
            for (int g = 0; g < rbfGrid.Count; g++)
            {
                var (mean, _) = CrossValidation.Score(train, rbfGrid[g], folds, n, new Random(seed), cancellationToken);
                if (mean > bestAccuracy) { bestAccuracy = mean; best = g; }
            }
            double gamma = gammaFactors[best] / n;
            classical.Add(new ClassicalKernelChoice(n, gamma, bestAccuracy));
            var pipeline = FeaturePipeline.Fit(train, n);
            var x = new FeatureMatrix(pipeline.Transform(train), n);
            var kc = ClassicalKernel.RadialBasis(gamma).Gram(x, cancellationToken);
            foreach (var kind in new[] { FeatureMapKind.ZZ, FeatureMapKind.Iqp })
                foreach (bool scaled in new[] { false, true })
                {
                    double c = scaled ? 1 / Math.Sqrt(n) : 1;
                    var map = FeatureMap.Create(kind, n, kind == FeatureMapKind.ZZ ? 2 : 1, c, separable: false);
                    var kq = new FidelityKernel(map).Gram(x, cancellationToken);
                    var (mean, variance) = OffDiagonal(kq);
                    rows.Add(new ConcentrationRow(n, map.Name, scaled, c, mean, variance, ShotsToResolve(variance),
                        GeometricDifference.Compute(kc, kq, settings.Regularization)));
                }
        }
        return new KernelStatsResult(data.Name, train.Count, max, settings.MaxQubits, settings.Regularization, classical, rows);
    }
}
