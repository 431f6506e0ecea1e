using QuantumApps.Learning.Diagnostics;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Selection;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One data set of the machine-learning section: a short label for the tables, what was loaded (file, classes,
/// features or the synthetic generator) and the benchmark result with one row per model.
/// </summary>
public sealed record MachineLearningTask(string Label, string Description, ClassificationResult Result);

/// <summary>
/// Everything the machine-learning section shows: the section's own seed (derived from the report seed, so the earlier
/// sections' draws are untouched), the benchmark settings, one <see cref="MachineLearningTask"/> per data set, the
/// kernel-concentration and geometric-difference table (<see cref="Concentration"/>, on <see cref="ConcentrationDataset"/>)
/// and the section's wall time.
/// </summary>
public sealed record MachineLearningOutcome(int Seed, bool Quick, BenchmarkSettings Settings, IReadOnlyList<MachineLearningTask> Tasks,
    string ConcentrationDataset, KernelStatsResult Concentration, double Seconds)
{
    /// <summary>Models that run a quantum circuit (kernels and variational classifiers, entangled or separable).</summary>
    public static IReadOnlyList<ModelKind> QuantumModels { get; } =
        [ModelKind.Vqc, ModelKind.VqcSeparable, ModelKind.QKernel, ModelKind.Projected, ModelKind.Separable];

    /// <summary>Classical models on the same split and tuning budget.</summary>
    public static IReadOnlyList<ModelKind> ClassicalModels { get; } =
        [ModelKind.LogReg, ModelKind.SvmLinear, ModelKind.SvmRbf, ModelKind.Knn, ModelKind.Mlp];

    /// <summary>Every model of the section, in table order.</summary>
    public static IReadOnlyList<ModelKind> AllModels { get; } = [.. ModelNames.All.Select(m => m.Kind)];
}
