namespace QuantumApps.Learning.Diagnostics;

/// <summary>
/// The kernel-concentration table of one data set: <see cref="Samples"/> training samples, rows for every qubit count
/// from 2 to <see cref="MaxQubits"/> (capped at the feature columns), the classical kernel chosen at each count, and
/// the regularisation λ of the geometric difference.
/// </summary>
public sealed record KernelStatsResult(string Dataset, int Samples, int MaxQubits, int RequestedMaxQubits, double Regularization,
    IReadOnlyList<ClassicalKernelChoice> Classical, IReadOnlyList<ConcentrationRow> Rows);
