namespace QuantumApps.Chemistry.Fci;

/// <summary>One Davidson iteration of <see cref="DeterminantFci.Compute"/>: total energy estimate (hartree), residual norm, subspace size.</summary>
public sealed record FciProgress(int Iteration, double Energy, double ResidualNorm, int Subspace);
