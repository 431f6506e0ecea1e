namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Size of a determinant FCI before it starts (<see cref="DeterminantFci.Estimate"/>): C(n, N_α) alpha strings and
/// C(n, N_β) beta strings, their product of determinants, the bytes it will allocate (Davidson vectors, the
/// sigma-vector work blocks and the single-replacement lists) and a rough wall time (an order of magnitude from the
/// multiply-add count, not a promise).
/// </summary>
public sealed record FciSize(double AlphaStrings, double BetaStrings, double Determinants, double Bytes, double Seconds);
