using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// Entry points from a <see cref="MolecularHamiltonian"/> to a qubit Hamiltonian.
/// <para>H = E_const + Σ h_pq a†_pσ a_qσ + ½ Σ (pq|rs) a†_pσ a†_rτ a_sτ a_qσ over 2n spin orbitals (2p = p alpha,
/// 2p+1 = p beta) is mapped with <see cref="MappingKind"/>: Jordan–Wigner and Bravyi–Kitaev on interleaved
/// spin orbitals, parity on spin-blocked modes (alpha orbitals on qubits 0..n−1, beta on n..2n−1), optionally
/// followed by the parity two-qubit reduction (2n−2 qubits). Qubit q is bit q of the basis index; Pauli labels
/// are written qubit 0 first. The result is Hermitian with real coefficients in hartree; terms with
/// |c| &lt; 1e-12 are dropped and like terms merged.</para>
/// <para>Computational basis states are determinants under every mapping (the encodings are linear and
/// invertible; under the spin-blocked parity layout a determinant differs from the interleaved convention by
/// the sign of the reordering permutation, which does not affect energies), so the sector of the molecule's (N_α, N_β) is a set of basis states: <see cref="Sector"/>
/// (JW: <see cref="BasisSector.SpinOrbitals"/>; parity and BK: a custom predicate decoding each index).</para>
/// </summary>
public static class QubitHamiltonian
{
    /// <summary>
    /// The qubit Hamiltonian (fast direct path from the integral tensors). Integrals that are exactly zero add
    /// nothing; Pauli terms with |c| &lt; <paramref name="threshold"/> (default 1e-12 hartree) are dropped, so
    /// symmetry-forbidden terms vanish only if the integral code returns them below that level.
    /// </summary>
    public static PauliSum Map(MolecularHamiltonian hamiltonian, MappingKind kind, bool twoQubitReduction = false,
        double threshold = PauliSum.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        MolecularHamiltonianValidator.Validate(hamiltonian);
        CheckReduction(kind, twoQubitReduction, hamiltonian.NumOrbitals);
        var mapping = QubitMapping.Create(kind, hamiltonian.NumSpinOrbitals);
        var full = MolecularMappingKernel.Map(hamiltonian, mapping, threshold);
        return twoQubitReduction
            ? ParityTapering.Taper(full, hamiltonian.NumOrbitals, hamiltonian.NumAlpha, hamiltonian.NumBeta, threshold)
            : full;
    }

    /// <summary>The qubit Hamiltonian with its (N_α, N_β) sector and Hartree–Fock basis index.</summary>
    public static MappedHamiltonian MapWithSector(MolecularHamiltonian hamiltonian, MappingKind kind, bool twoQubitReduction = false)
    {
        var op = Map(hamiltonian, kind, twoQubitReduction);
        int n = hamiltonian.NumOrbitals, na = hamiltonian.NumAlpha, nb = hamiltonian.NumBeta;
        return new MappedHamiltonian(op, kind, twoQubitReduction,
            Sector(kind, n, na, nb, twoQubitReduction),
            HartreeFockBasisIndex(kind, n, na, nb, twoQubitReduction));
    }

    /// <summary>
    /// General (slow) path: builds the <see cref="FermionOperator"/> and maps every ladder operator, multiplying
    /// out with PauliSum algebra. Same result as <see cref="Map"/>; kept as the oracle for the fast path.
    /// </summary>
    public static PauliSum MapGeneral(MolecularHamiltonian hamiltonian, MappingKind kind, bool twoQubitReduction = false)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        CheckReduction(kind, twoQubitReduction, hamiltonian.NumOrbitals);
        var fermion = FermionHamiltonian.FromMolecular(hamiltonian);
        var full = QubitMapping.Create(kind, hamiltonian.NumSpinOrbitals).Map(fermion);
        return twoQubitReduction
            ? ParityTapering.Taper(full, hamiltonian.NumOrbitals, hamiltonian.NumAlpha, hamiltonian.NumBeta)
            : full;
    }

    /// <summary>Any fermion operator on numSpinOrbitals interleaved spin orbitals, mapped with the standard layout of kind.</summary>
    public static PauliSum MapOperator(FermionOperator op, MappingKind kind, int numSpinOrbitals) =>
        QubitMapping.Create(kind, numSpinOrbitals).Map(op);

    /// <summary>
    /// A fermion operator that conserves N_α and N_β (e.g. an <see cref="ExcitationGenerator"/> for UCCSD) on
    /// 2·numOrbitals spin orbitals, mapped consistently with <see cref="Map"/>: same layout and, when
    /// twoQubitReduction is set, the same parity reduction for sector (numAlpha, numBeta).
    /// </summary>
    public static PauliSum MapInSector(FermionOperator op, MappingKind kind, int numOrbitals, int numAlpha, int numBeta, bool twoQubitReduction = false)
    {
        CheckReduction(kind, twoQubitReduction, numOrbitals);
        var full = MapOperator(op, kind, 2 * numOrbitals);
        return twoQubitReduction ? ParityTapering.Taper(full, numOrbitals, numAlpha, numBeta) : full;
    }

    /// <summary>
    /// Basis index of the determinant with the given spin-orbital occupation bits (bit k = spin orbital k,
    /// interleaved) under the mapping (and reduction; the determinant must then have the sector's parities).
    /// </summary>
    public static ulong DeterminantBasisIndex(MappingKind kind, int numOrbitals, ulong spinOrbitalOccupation, bool twoQubitReduction = false)
    {
        CheckReduction(kind, twoQubitReduction, numOrbitals);
        ulong full = QubitMapping.Create(kind, 2 * numOrbitals).EncodeOccupation(spinOrbitalOccupation);
        return twoQubitReduction ? ParityTapering.ReduceBasisIndex(full, numOrbitals) : full;
    }

    /// <summary>N_σ = Σ_p n_pσ (spin 0 alpha, 1 beta) mapped on 2·numOrbitals qubits; diagonal under every mapping.</summary>
    public static PauliSum SpinNumber(MappingKind kind, int numOrbitals, int spin) =>
        MapOperator(FermionHamiltonian.SpinNumber(numOrbitals, spin), kind, 2 * numOrbitals);

    /// <summary>
    /// Predicate on basis indices of the mapped register (2n qubits, or 2n−2 after the reduction): true when
    /// the determinant it encodes has numAlpha alpha and numBeta beta electrons.
    /// </summary>
    public static Func<ulong, bool> SectorFilter(MappingKind kind, int numOrbitals, int numAlpha, int numBeta, bool twoQubitReduction = false)
    {
        CheckReduction(kind, twoQubitReduction, numOrbitals);
        var mapping = QubitMapping.Create(kind, 2 * numOrbitals);
        const ulong evenBits = 0x5555_5555_5555_5555UL;
        return b =>
        {
            ulong full = twoQubitReduction ? ParityTapering.ExpandBasisIndex(b, numOrbitals, numAlpha, numBeta) : b;
            ulong occ = mapping.DecodeBasisIndex(full);
            return BitOperations.PopCount(occ & evenBits) == numAlpha && BitOperations.PopCount(occ & ~evenBits) == numBeta;
        };
    }

    /// <summary>The (N_α, N_β) sector as a <see cref="BasisSector"/> for <see cref="ExactSolver"/>.</summary>
    public static BasisSector Sector(MappingKind kind, int numOrbitals, int numAlpha, int numBeta, bool twoQubitReduction = false)
    {
        if (kind == MappingKind.JordanWigner && !twoQubitReduction)
        {
            return BasisSector.SpinOrbitals(numAlpha, numBeta);
        }
        return BasisSector.Custom(
            SectorFilter(kind, numOrbitals, numAlpha, numBeta, twoQubitReduction),
            $"Nα={numAlpha},Nβ={numBeta} ({KindName(kind)}{(twoQubitReduction ? ", two-qubit reduced" : "")})");
    }

    /// <summary>Basis index of the Hartree–Fock determinant (lowest numAlpha alpha and numBeta beta orbitals filled).</summary>
    public static ulong HartreeFockBasisIndex(MappingKind kind, int numOrbitals, int numAlpha, int numBeta, bool twoQubitReduction = false)
    {
        return DeterminantBasisIndex(kind, numOrbitals, SpinOrbital.HartreeFockOccupation(numAlpha, numBeta), twoQubitReduction);
    }

    /// <summary>CLI spelling: "jordan-wigner", "parity", "bravyi-kitaev".</summary>
    public static string KindName(MappingKind kind) => kind switch
    {
        MappingKind.JordanWigner => "jordan-wigner",
        MappingKind.Parity => "parity",
        MappingKind.BravyiKitaev => "bravyi-kitaev",
        _ => kind.ToString(),
    };

    /// <summary>Parses "jordan-wigner" / "jw", "parity", "bravyi-kitaev" / "bk" (case-insensitive).</summary>
    public static MappingKind ParseKind(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "jordan-wigner" or "jw" or "jordanwigner" => MappingKind.JordanWigner,
        "parity" => MappingKind.Parity,
        "bravyi-kitaev" or "bk" or "bravyikitaev" => MappingKind.BravyiKitaev,
        _ => throw new QuantumAppsException($"unknown mapping '{name}': use jordan-wigner, parity or bravyi-kitaev"),
    };

    private static void CheckReduction(MappingKind kind, bool twoQubitReduction, int numOrbitals)
    {
        if (twoQubitReduction && kind != MappingKind.Parity)
        {
            throw new QuantumAppsException($"--two-qubit-reduction applies only to the parity mapping, not {KindName(kind)}");
        }
        if (numOrbitals < 1 || numOrbitals > 32)
        {
            throw new QuantumAppsException($"{numOrbitals} spatial orbitals is outside 1..32 (2n qubits must fit a 64-bit Pauli mask)");
        }
    }
}
