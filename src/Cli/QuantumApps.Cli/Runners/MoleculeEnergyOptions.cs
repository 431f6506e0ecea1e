using QuantumApps.Chemistry.Fci;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Cli.Output;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps molecule energy</c> (and, nested, of <c>molecule scan</c> and <c>molecule hamiltonian</c>).</summary>
/// <param name="File">XYZ geometry (ångström) or FCIDUMP file (name ends in .fcidump or text starts with &amp;FCI).</param>
/// <param name="Basis">Basis name (sto-3g, 6-31g, 6-31g*) or Gaussian94 file path; null = <see cref="DefaultBasis"/> for XYZ
/// input. Refused with FCIDUMP input (the integrals come in the file's orbital basis), like <paramref name="Charge"/>.</param>
/// <param name="Methods">The requested methods (run in ladder order HF → MP2 → CCSD → FCI → VQE).</param>
/// <param name="Charge">Total charge (XYZ only).</param>
/// <param name="Multiplicity">2S+1 (XYZ only; only 1 is supported by RHF).</param>
/// <param name="FrozenCore">auto, none or a number (null = none).</param>
/// <param name="ActiveElectrons">Active electrons, or null.</param>
/// <param name="ActiveOrbitals">Active orbitals, or null.</param>
/// <param name="Mapping">Fermion-to-qubit mapping.</param>
/// <param name="Format">table or json.</param>
/// <param name="Vqe">VQE settings when vqe is among the methods (null = defaults: uccsd, lbfgs).</param>
/// <param name="Quiet">No progress or FCI estimate on stderr.</param>
/// <param name="FciMemoryLimitBytes">FCI refused above this estimated memory (null = what the runtime reports available).</param>
/// <param name="ScfMaxIterations">Iteration limit of each SCF attempt (<c>--scf-max-iterations</c>; null = <see cref="QuantumApps.Chemistry.Scf.ScfOptions"/>' default 100).</param>
/// <param name="FciSymmetry">Symmetry sectors of FCI (<c>--fci-symmetry reference|all|none</c>).</param>
public sealed record MoleculeEnergyOptions(
    string File,
    string? Basis = null,
    LadderMethods Methods = LadderMethods.Hf | LadderMethods.Mp2 | LadderMethods.Ccsd,
    int Charge = 0,
    int Multiplicity = 1,
    string? FrozenCore = null,
    int? ActiveElectrons = null,
    int? ActiveOrbitals = null,
    MappingKind Mapping = MappingKind.JordanWigner,
    OutputFormat Format = OutputFormat.Table,
    VqeMethodOptions? Vqe = null,
    bool Quiet = false,
    long? FciMemoryLimitBytes = null,
    int? ScfMaxIterations = null,
    FciSymmetry FciSymmetry = FciSymmetry.ReferenceSector)
{
    /// <summary>The basis used for XYZ input when none is given.</summary>
    public const string DefaultBasis = "sto-3g";

    /// <summary>The basis in effect for XYZ input: <see cref="Basis"/> or <see cref="DefaultBasis"/>.</summary>
    public string BasisName => Basis ?? DefaultBasis;

    /// <summary>The SCF settings these options ask for (defaults except the iteration limit).</summary>
    public QuantumApps.Chemistry.Scf.ScfOptions Scf => ScfMaxIterations is int n
        ? new QuantumApps.Chemistry.Scf.ScfOptions(MaxIterations: n)
        : new QuantumApps.Chemistry.Scf.ScfOptions();
}
