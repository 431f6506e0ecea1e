namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// How spin orbitals (always numbered interleaved: 2p = p alpha, 2p+1 = p beta) are laid out on the
/// encoding's modes before the encoding is applied.
/// </summary>
public enum SpinOrdering
{
    /// <summary>Mode k = spin orbital k (alpha and beta alternate).</summary>
    Interleaved,

    /// <summary>Mode p = spatial orbital p alpha, mode m + p = spatial orbital p beta (m spatial orbitals).</summary>
    Blocked,
}
