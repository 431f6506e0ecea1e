namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The methods of the molecular ladder (<see cref="MoleculeLadder"/>), a flags set; they always run in this order,
/// cheapest first: HF → MP2 → CCSD → CCSD(T) → FCI → VQE (the flag values are not the order). Text names (CLI, JSON) from <see cref="LadderMethodNames"/>.
/// </summary>
[Flags]
public enum LadderMethods
{
    /// <summary>No method.</summary>
    None = 0,

    /// <summary>Restricted Hartree–Fock total energy (SCF, or the closed-shell reference energy of an FCIDUMP Hamiltonian).</summary>
    Hf = 1,

    /// <summary>Second-order Møller–Plesset perturbation theory.</summary>
    Mp2 = 2,

    /// <summary>Coupled cluster with singles and doubles.</summary>
    Ccsd = 4,

    /// <summary>Full configuration interaction: exact ground energy in the (N_α, N_β) determinant space (determinant-string direct CI).</summary>
    Fci = 8,

    /// <summary>Variational quantum eigensolver (<see cref="VqeMethod"/>).</summary>
    Vqe = 16,

    /// <summary>CCSD with the perturbative triples correction (closed-shell RCCSD amplitudes; name "ccsd(t)").</summary>
    CcsdT = 32,
}
