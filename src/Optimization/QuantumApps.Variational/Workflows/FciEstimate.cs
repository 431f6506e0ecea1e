namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Size of an FCI calculation before it starts (<see cref="MoleculeLadder.EstimateFci"/>, from the determinant-string
/// FCI's <c>DeterminantFci.Estimate</c>): the determinant count D = C(n, N_α)·C(n, N_β) (n spatial orbitals), the bytes
/// it will allocate and a rough wall time (an order of magnitude, not a promise), with the abelian symmetry found in
/// the integrals: the number of sectors and the determinants of the largest one diagonalised (FCI runs in the
/// reference determinant's sector; bytes and time are for that size).
/// </summary>
public sealed record FciEstimate(double Determinants, double Bytes, double Seconds, int SymmetrySectors, double SectorDeterminants);
