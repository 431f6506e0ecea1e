using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps molecule energy</c>.</summary>
/// <param name="File">XYZ geometry (ångström) or FCIDUMP file (name ends in .fcidump or text starts with &amp;FCI).</param>
/// <param name="Basis">Basis name (sto-3g, 6-31g, 6-31g*) or Gaussian94 file path; ignored for FCIDUMP.</param>
/// <param name="Methods">Comma-separated subset of hf, mp2, ccsd, fci, vqe.</param>
/// <param name="Charge">Total charge (XYZ only).</param>
/// <param name="Multiplicity">2S+1 (XYZ only; only 1 is supported by RHF).</param>
/// <param name="FrozenCore">auto, none or a number (null = none).</param>
/// <param name="ActiveElectrons">Active electrons, or null.</param>
/// <param name="ActiveOrbitals">Active orbitals, or null.</param>
/// <param name="Mapping">Fermion-to-qubit mapping: jordan-wigner, parity or bravyi-kitaev.</param>
/// <param name="Format">table or json.</param>
/// <param name="Vqe">VQE settings when vqe is among the methods (null = defaults: uccsd, lbfgs).</param>
public sealed record MoleculeEnergyOptions(
    string File,
    string Basis = "sto-3g",
    string Methods = "hf,mp2,ccsd",
    int Charge = 0,
    int Multiplicity = 1,
    string? FrozenCore = null,
    int? ActiveElectrons = null,
    int? ActiveOrbitals = null,
    string Mapping = "jordan-wigner",
    OutputFormat Format = OutputFormat.Table,
    VqeMethodOptions? Vqe = null);
