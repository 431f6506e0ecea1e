namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// The electronic Hamiltonian of a molecule in an orthonormal spatial-orbital basis (normally the RHF
/// molecular orbitals, possibly restricted to an active space):
/// <code>H = E_const + Σ_pq h_pq Σ_σ a†_pσ a_qσ + ½ Σ_pqrs (pq|rs) Σ_στ a†_pσ a†_rτ a_sτ a_qσ</code>
/// with two-electron integrals in chemists' notation (pq|rs) = ∫∫ φp(1)φq(1) r12⁻¹ φr(2)φs(2).
/// Energies in hartree. <see cref="Constant"/> holds nuclear repulsion plus any frozen-core energy.
/// Spin orbitals are interleaved when mapped to qubits: spin orbital 2p = spatial p alpha, 2p+1 = beta.
/// </summary>
/// <param name="Constant">E_const in hartree: nuclear repulsion plus frozen-core energy.</param>
/// <param name="NumOrbitals">Number of spatial orbitals n (qubits = 2n).</param>
/// <param name="NumAlpha">Number of alpha electrons in this (active) space.</param>
/// <param name="NumBeta">Number of beta electrons in this (active) space.</param>
/// <param name="OneBody">h_pq, row-major n×n: element (p,q) at index p*n+q. Real symmetric.</param>
/// <param name="TwoBody">(pq|rs), row-major n⁴: element at ((p*n+q)*n+r)*n+s, with 8-fold symmetry.</param>
public sealed record MolecularHamiltonian(
    double Constant,
    int NumOrbitals,
    int NumAlpha,
    int NumBeta,
    double[] OneBody,
    double[] TwoBody)
{
    /// <summary>h_pq.</summary>
    public double H(int p, int q) => OneBody[p * NumOrbitals + q];

    /// <summary>(pq|rs) in chemists' notation.</summary>
    public double G(int p, int q, int r, int s) => TwoBody[((p * NumOrbitals + q) * NumOrbitals + r) * NumOrbitals + s];

    /// <summary>Number of electrons in this (active) space.</summary>
    public int NumElectrons => NumAlpha + NumBeta;

    /// <summary>Number of qubits under Jordan–Wigner (2 per spatial orbital).</summary>
    public int NumSpinOrbitals => 2 * NumOrbitals;
}
