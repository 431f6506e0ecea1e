namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Size of an FCI calculation before it starts: the determinant count D = C(n, N_α)·C(n, N_β) (n spatial orbitals),
/// the memory <see cref="Bytes"/> = D × <see cref="MoleculeLadder.FciBytesPerDeterminant"/> and a rough wall time
/// (<see cref="MoleculeLadder.EstimateFci"/>; an order of magnitude, not a promise).
/// </summary>
public sealed record FciEstimate(double Determinants, double Bytes, double Seconds);
