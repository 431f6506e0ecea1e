namespace QuantumApps.Learning.Diagnostics;

/// <summary>The best classical kernel at one qubit count: RBF with γ = <see cref="Gamma"/> chosen by cross-validated SVM accuracy.</summary>
public sealed record ClassicalKernelChoice(int Qubits, double Gamma, double CvAccuracy);
