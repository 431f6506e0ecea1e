using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// A qubit Hamiltonian together with what is needed to use it: the basis-state sector that holds the
/// molecule's (N_α, N_β) determinants under this mapping (for <see cref="ExactSolver.GroundState"/>) and the
/// basis index of the Hartree–Fock determinant (the VQE reference state).
/// </summary>
/// <param name="Hamiltonian">Hermitian Pauli sum with real coefficients (hartree), |c| &lt; 1e-12 dropped.</param>
/// <param name="Kind">Mapping used.</param>
/// <param name="TwoQubitReduction">True when the parity two-qubit reduction was applied.</param>
/// <param name="Sector">Basis states with the molecule's N_α and N_β under this mapping.</param>
/// <param name="HartreeFockBasisIndex">Basis index of the determinant filling the lowest N_α alpha and N_β beta orbitals.</param>
public sealed record MappedHamiltonian(
    PauliSum Hamiltonian,
    MappingKind Kind,
    bool TwoQubitReduction,
    BasisSector Sector,
    ulong HartreeFockBasisIndex)
{
    /// <summary>Number of qubits of <see cref="Hamiltonian"/>.</summary>
    public int NumQubits => Hamiltonian.NumQubits;
}
