using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps molecule scan</c>: the options of <c>molecule energy</c> plus the grid and the files.</summary>
/// <param name="Molecule">File (XYZ only), basis, methods, charge, multiplicity, active space, mapping, VQE and noise settings, format, quiet.</param>
/// <param name="Bond">start:stop:step in ångström, stop included (e.g. 0.3:3.0:0.1 gives 28 points).</param>
/// <param name="Pair">"i,j": the atoms whose distance is scanned (0-based; default 0,1); j's side moves.</param>
/// <param name="Out">CSV output path (rewritten after every point), or null.</param>
/// <param name="Plot">SVG output path (rewritten after every point), or null.</param>
/// <param name="Resume">Re-read the finished rows of an existing <paramref name="Out"/> and compute only the missing points.</param>
/// <param name="Shard">
/// Compute only this shard's contiguous block of the grid and write it as a partial result (<see cref="IO.ScanShardFile"/>)
/// to <paramref name="Out"/> (a .json file), for <c>quantumapps merge</c>; null = the whole grid.
/// </param>
public sealed record MoleculeScanOptions(
    MoleculeEnergyOptions Molecule,
    string Bond,
    string Pair = "0,1",
    string? Out = null,
    string? Plot = null,
    bool Resume = false,
    Shard? Shard = null);
