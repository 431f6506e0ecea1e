namespace QuantumApps.Learning.Diagnostics;

/// <summary>
/// Settings of <see cref="KernelConcentration.Run"/>: qubit counts 2…<see cref="MaxQubits"/>, at most
/// <see cref="Samples"/> training samples (a stratified seeded subset of the benchmark's training part), the test
/// fraction and folds of that benchmark split and of the RBF cross-validation, and λ of the geometric difference.
/// </summary>
public sealed record KernelStatsSettings(int MaxQubits = 16, int Samples = 100, double TestFraction = 0.3, int Folds = 5,
    double Regularization = KernelConcentration.DefaultRegularization);
