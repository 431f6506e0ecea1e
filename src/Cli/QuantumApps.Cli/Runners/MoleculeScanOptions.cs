using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps molecule scan</c>.</summary>
/// <param name="File">XYZ geometry (ångström).</param>
/// <param name="Bond">start:stop:step in ångström, stop included (e.g. 0.3:3.0:0.1 gives 28 points).</param>
/// <param name="Pair">"i,j": the atoms whose distance is scanned (0-based; default 0,1); j's side moves.</param>
/// <param name="Methods">Comma-separated subset of hf, mp2, ccsd, fci, vqe.</param>
/// <param name="Basis">Basis name or Gaussian94 file.</param>
/// <param name="Charge">Total charge.</param>
/// <param name="Vqe">VQE settings (used when vqe is among the methods).</param>
/// <param name="Out">CSV output path, or null.</param>
/// <param name="Plot">SVG output path, or null.</param>
/// <param name="Resume">Re-read the finished rows of an existing <paramref name="Out"/> and compute only the missing points.</param>
/// <param name="Format">table or json.</param>
public sealed record MoleculeScanOptions(
    string File,
    string Bond,
    string Pair = "0,1",
    string Methods = "hf,fci",
    string Basis = "sto-3g",
    int Charge = 0,
    VqeMethodOptions? Vqe = null,
    string? Out = null,
    string? Plot = null,
    bool Resume = false,
    OutputFormat Format = OutputFormat.Table);
