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

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>ml.*</c>). The "ahead" counts follow
    /// <see cref="MachineLearningSection.Compare"/> (best quantum model ahead of the best classical one by more than the
    /// larger CV standard deviation, Bowles, Ahmed &amp; Schuld 2024): <c>ml.qsvm</c> = qkernel and projected against
    /// every classical model, <c>ml.qnn</c> = vqc and vqc-separable against every classical model, <c>ml.kernel</c> =
    /// qkernel, projected and separable against the linear and RBF SVMs. Also: data sets where removing the VQC's CNOTs
    /// did not make it worse by more than one CV standard deviation; summed final-fit seconds and device circuits; the
    /// ZZ kernel's off-diagonal variance and shots to resolve it at the largest qubit count, and the largest geometric
    /// difference g there against sqrt(samples).
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        int Ahead(IReadOnlyCollection<ModelKind> quantum, IReadOnlyCollection<ModelKind> classical) =>
            Tasks.Count(t => MachineLearningSection.Compare(t, quantum, classical).QuantumAhead);
        double Sum(ModelKind k, Func<ModelOutcome, double> f) => Tasks.SelectMany(t => t.Result.Models).Where(m => m.Ok && m.Kind == k).Sum(f);
        int separableNotWorse = Tasks.Count(t =>
        {
            var v = t.Result.Models.FirstOrDefault(m => m.Ok && m.Kind == ModelKind.Vqc);
            var sep = t.Result.Models.FirstOrDefault(m => m.Ok && m.Kind == ModelKind.VqcSeparable);
            return v is not null && sep is not null && v.TestAccuracy - sep.TestAccuracy <= Math.Max(v.CvStd, sep.CvStd);
        });
        var top = Concentration.Rows.Where(r => r.Qubits == Concentration.MaxQubits).ToList();
        var zz = top.FirstOrDefault(r => r.Map == "zz" && !r.Scaled) ?? top.FirstOrDefault();
        return new Dictionary<string, double>
        {
            ["ml.datasets"] = Tasks.Count,
            ["ml.qsvm.datasets_ahead"] = Ahead([ModelKind.QKernel, ModelKind.Projected], ClassicalModels),
            ["ml.qnn.datasets_ahead"] = Ahead([ModelKind.Vqc, ModelKind.VqcSeparable], ClassicalModels),
            ["ml.kernel.datasets_ahead"] = Ahead([ModelKind.QKernel, ModelKind.Projected, ModelKind.Separable], [ModelKind.SvmLinear, ModelKind.SvmRbf]),
            ["ml.vqc.separable_not_worse_datasets"] = separableNotWorse,
            ["ml.vqc.training_seconds"] = Sum(ModelKind.Vqc, m => m.TrainingSeconds),
            ["ml.vqc.device_circuits"] = Sum(ModelKind.Vqc, m => m.DeviceCircuits),
            ["ml.mlp.training_seconds"] = Sum(ModelKind.Mlp, m => m.TrainingSeconds),
            ["ml.qkernel.device_circuits"] = Sum(ModelKind.QKernel, m => m.DeviceCircuits),
            ["ml.qkernel.device_seconds"] = Sum(ModelKind.QKernel, m => m.DeviceSeconds ?? 0),
            ["ml.svm_rbf.training_seconds"] = Sum(ModelKind.SvmRbf, m => m.TrainingSeconds),
            ["ml.concentration.max_qubits"] = Concentration.MaxQubits,
            ["ml.concentration.zz_variance"] = zz?.Variance ?? double.NaN,
            ["ml.concentration.zz_shots_to_resolve"] = zz?.ShotsToResolve ?? double.NaN,
            ["ml.concentration.max_geometric_difference"] = top.Count == 0 ? double.NaN : top.Max(r => r.GeometricDifference),
            ["ml.concentration.sqrt_samples"] = Math.Sqrt(Concentration.Samples),
        };
    }
}
