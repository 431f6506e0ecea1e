namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Size of a determinant FCI before it starts (<see cref="DeterminantFci.Estimate"/>): C(n, N_α) alpha strings and
/// C(n, N_β) beta strings, their product of determinants, the bytes it will allocate (Davidson vectors, the
/// sigma-vector work blocks and the single-replacement lists) and a rough wall time (an order of magnitude from the
/// multiply-add count, not a promise). With symmetry (<see cref="FciSymmetry"/>) the bytes and time are those of the
/// largest sector that will be diagonalised (the time of all sectors for <see cref="FciSymmetry.AllSectors"/>).
/// </summary>
/// <param name="AlphaStrings">C(n, N_α).</param>
/// <param name="BetaStrings">C(n, N_β).</param>
/// <param name="Determinants">C(n, N_α)·C(n, N_β), the whole space.</param>
/// <param name="Bytes">Bytes allocated at most.</param>
/// <param name="Seconds">Rough wall time.</param>
/// <param name="SymmetrySectors">Number of symmetry sectors found in the integrals (1: none used).</param>
/// <param name="SectorDeterminants">Determinants of the largest sector diagonalised (= <paramref name="Determinants"/> without symmetry).</param>
public sealed record FciSize(double AlphaStrings, double BetaStrings, double Determinants, double Bytes, double Seconds,
    int SymmetrySectors, double SectorDeterminants);
