
using QuantumApps.Simulator.Operators;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One geometry of a dissociation curve (total energies in hartree): RHF, MP2, CCSD (NaN when it did not converge),
/// FCI (exact ground energy of the Jordan–Wigner Hamiltonian in the molecule's N_α, N_β sector), the ground energy of
/// the same Hamiltonian over the whole Fock space (any particle number; ≤ FCI), the UCCSD VQE result (with its shot
/// estimate) and the optimised circuit's energy under gate noise. <see cref="FciSeconds"/> is the wall time of the
/// ladder's FCI call (one call, possibly the first in the process); <see cref="FciTiming"/> and <see cref="VqeTiming"/>
/// time the determinant-string FCI and the VQE (from the same warm start, without shots) over repeated calls after an
/// untimed warm-up (null in outcomes made before they were added).
/// </summary>
public sealed record DissociationPoint(
    double BondAngstrom,
    double Hf,
    double Mp2,
    double Ccsd,
    double Fci,
    double FullSpaceGround,
    double FciSeconds,
    VqeMethodResult Vqe,
    NoisyEnergy Noisy,
    PauliSum Hamiltonian,
    RepeatedTiming? FciTiming = null,
    RepeatedTiming? VqeTiming = null);
