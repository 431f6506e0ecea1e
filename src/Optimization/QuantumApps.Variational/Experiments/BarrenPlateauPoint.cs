namespace QuantumApps.Variational.Experiments;

/// <summary>
/// Sample statistics of g = ∂C/∂θ_k at one size: <see cref="Variance"/> is the unbiased sample variance over
/// <see cref="Samples"/> random circuits and parameter draws, <see cref="VarianceStandardError"/> ≈ sd(g²)/√S (the
/// spread of the squared deviations), <see cref="MeanGradient"/> the sample mean (≈ 0 for these ensembles).
/// </summary>
public sealed record BarrenPlateauPoint(int NumQubits, int Layers, int ParameterIndex, int Samples, double MeanGradient, double Variance, double VarianceStandardError, double Seconds);
