namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Lowest eigenpair of the real RHF → RHF orbital Hessian A + B (see <see cref="RhfStability"/>).
/// </summary>
/// <param name="LowestEigenvalue">Lowest eigenvalue of A + B in hartree.</param>
/// <param name="Eigenvector">Its unit eigenvector x_ia at i·NumVirtual + a (occupied i, virtual a counted from the
/// first virtual orbital).</param>
/// <param name="NumOccupied">Doubly occupied orbitals o.</param>
/// <param name="NumVirtual">Virtual orbitals v.</param>
public sealed record RhfStabilityResult(double LowestEigenvalue, double[] Eigenvector, int NumOccupied, int NumVirtual);
