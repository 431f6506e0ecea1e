namespace QuantumApps.Chemistry.Fci;

/// <summary>Outcome of <see cref="DeterminantFci.Compute"/>.</summary>
/// <param name="Energy">Lowest eigenvalue of H in the (N_α, N_β) determinant space plus the constant (hartree).</param>
/// <param name="Converged">Residual and energy change below their tolerances.</param>
/// <param name="Iterations">Davidson iterations (= sigma vectors) taken.</param>
/// <param name="ResidualNorm">‖Hx − θx‖ of the final vector.</param>
/// <param name="Size">The size of the calculation (<see cref="DeterminantFci.Estimate"/>).</param>
/// <param name="Seconds">Wall time of the Davidson iteration.</param>
/// <param name="Sector">Symmetry label (0 … SymmetrySectors − 1, XOR of the orbital labels) of the state returned; 0 without symmetry.</param>
public sealed record FciResult(double Energy, bool Converged, int Iterations, double ResidualNorm, FciSize Size, double Seconds, int Sector);
