namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// Fermion-to-qubit encodings. Each is linear over GF(2): the qubit basis state is b = A·n (mod 2) for the
/// occupation vector n, so computational basis states are still Slater determinants (relabelled).
/// <list type="bullet">
/// <item><see cref="JordanWigner"/>: qubit j stores n_j (A = 1); a†_j = ½(X_j − iY_j) Z_{j−1}⋯Z_0.</item>
/// <item><see cref="Parity"/>: qubit j stores n_0 ⊕ ⋯ ⊕ n_j; spin orbitals are ordered in spin blocks
/// (all alpha, then all beta) so qubit n/2−1 holds the N_α parity and qubit n−1 the N parity, which the
/// two-qubit reduction removes.</item>
/// <item><see cref="BravyiKitaev"/>: qubit j stores the parity of the Fenwick-tree range
/// n_{j∧(j+1)} … n_j (Seeley, Richard &amp; Love, J. Chem. Phys. 137, 224109 (2012)), for any n.</item>
/// </list>
/// </summary>
public enum MappingKind
{
    /// <summary>Jordan–Wigner (occupation-number encoding), interleaved spin orbitals.</summary>
    JordanWigner,

    /// <summary>Parity encoding, spin-block ordered modes (alpha block then beta block).</summary>
    Parity,

    /// <summary>Bravyi–Kitaev (Fenwick-tree) encoding, interleaved spin orbitals.</summary>
    BravyiKitaev,
}
