using QuantumApps.Chemistry.Fci;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Methods;

namespace QuantumApps.Variational.Workflows;

/// <summary>Settings of <see cref="MoleculeLadder.Run"/>.</summary>
/// <param name="Methods">The requested methods (run in ladder order).</param>
/// <param name="Mapping">Fermion-to-qubit mapping of the qubit Hamiltonian (Pauli term count; VQE needs Jordan–Wigner). FCI works on determinants and does not use it.</param>
/// <param name="Vqe">VQE settings (null = defaults: UCCSD, L-BFGS, seed 42).</param>
/// <param name="VqeWarmStart">VQE starting parameters (e.g. the previous scan point's), used when the length matches the ansatz.</param>
/// <param name="Ccsd">CCSD settings (null = defaults).</param>
/// <param name="FciMemoryLimitBytes">FCI is refused when its estimate (<see cref="FciEstimate"/>) exceeds this; null = the <c>MemoryGuard</c> Krylov budget (80 % of the memory the runtime reports available).</param>
/// <param name="CountPauliTerms">Map the Hamiltonian to qubits (for the Pauli term count) even when neither FCI nor VQE is requested.</param>
/// <param name="FciSymmetry">Which point-group symmetry sectors FCI diagonalises (default: the reference determinant's, as psi4's detci).</param>
public sealed record LadderOptions(
    LadderMethods Methods,
    MappingKind Mapping = MappingKind.JordanWigner,
    VqeMethodOptions? Vqe = null,
    IReadOnlyList<double>? VqeWarmStart = null,
    CcsdOptions? Ccsd = null,
    long? FciMemoryLimitBytes = null,
    bool CountPauliTerms = false,
    FciSymmetry FciSymmetry = FciSymmetry.ReferenceSector);
