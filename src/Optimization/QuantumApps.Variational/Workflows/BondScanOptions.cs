using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Variational.Workflows;

/// <summary>Input of <see cref="BondScan.Run"/>.</summary>
/// <param name="Molecule">The input geometry (ångström), charge and multiplicity.</param>
/// <param name="AtomI">The fixed atom of the scanned bond (0-based).</param>
/// <param name="AtomJ">The moving atom (0-based); its side moves with it (<see cref="BondStretcher"/>).</param>
/// <param name="BondsAngstrom">The bond lengths to compute, in order (warm starts follow this order).</param>
/// <param name="Ladder">The methods and their settings at every point (<see cref="LadderOptions.VqeWarmStart"/> is set by the scan).</param>
/// <param name="Basis">Basis name or Gaussian94 file.</param>
/// <param name="FrozenCore">"auto", "none"/null or a number of frozen core orbitals.</param>
/// <param name="ActiveElectrons">Active electrons (null = all not frozen).</param>
/// <param name="ActiveOrbitals">Active orbitals (null = all not frozen).</param>
/// <param name="Scf">SCF settings at every point (null = defaults).</param>
public sealed record BondScanOptions(
    Molecule Molecule,
    int AtomI,
    int AtomJ,
    IReadOnlyList<double> BondsAngstrom,
    LadderOptions Ladder,
    string Basis = "sto-3g",
    string? FrozenCore = null,
    int? ActiveElectrons = null,
    int? ActiveOrbitals = null,
    QuantumApps.Chemistry.Scf.ScfOptions? Scf = null);
