using System.Numerics;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// The lowest eigenpair of a Hermitian operator within a sector.
/// </summary>
/// <param name="Energy">Lowest eigenvalue.</param>
/// <param name="State">Normalised eigenvector as a full 2^n amplitude vector (zero outside the sector).</param>
/// <param name="Method">"dense" (full diagonalisation of the sector matrix) or "lanczos".</param>
/// <param name="Dimension">Dimension of the sector diagonalised.</param>
/// <param name="Iterations">Matrix–vector products used (0 for dense).</param>
/// <param name="Residual">‖Hv − Ev‖ of the returned vector.</param>
public sealed record EigenResult(double Energy, Complex[] State, string Method, int Dimension, int Iterations, double Residual);
