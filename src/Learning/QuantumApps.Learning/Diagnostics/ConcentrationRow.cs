namespace QuantumApps.Learning.Diagnostics;

/// <summary>
/// One row of the kernel-concentration table: the fidelity kernel of <see cref="Map"/> (zz or iqp) on
/// <see cref="Qubits"/> features with bandwidth <see cref="Bandwidth"/> (1, or 1/√n when <see cref="Scaled"/>): mean and
/// population variance of its off-diagonal Gram entries, <see cref="ShotsToResolve"/> = ⌈1/σ²⌉, and the geometric
/// difference g(K_RBF‖K_Q) against the cross-validated RBF kernel on the same features.
/// </summary>
public sealed record ConcentrationRow(int Qubits, string Map, bool Scaled, double Bandwidth, double Mean, double Variance, double ShotsToResolve,
    double GeometricDifference);
