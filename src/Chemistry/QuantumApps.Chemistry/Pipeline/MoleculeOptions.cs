using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Scf;

namespace QuantumApps.Chemistry.Pipeline;

/// <summary>Input of <see cref="MoleculePipeline.Build"/>.</summary>
/// <param name="Molecule">The molecule (charge and multiplicity included; only multiplicity 1 is supported).</param>
/// <param name="Basis">Bundled basis name ("sto-3g", "6-31g", "6-31g*") or a Gaussian94 file path.</param>
/// <param name="FrozenCore">"auto", "none"/null, or a number of frozen core orbitals.</param>
/// <param name="ActiveElectrons">Active electrons (null = all not frozen).</param>
/// <param name="ActiveOrbitals">Active orbitals (null = all not frozen).</param>
/// <param name="Scf">SCF settings (null = defaults: 1e-10 Ha).</param>
public sealed record MoleculeOptions(
    Molecule Molecule,
    string Basis = "sto-3g",
    string? FrozenCore = null,
    int? ActiveElectrons = null,
    int? ActiveOrbitals = null,
    ScfOptions? Scf = null);
