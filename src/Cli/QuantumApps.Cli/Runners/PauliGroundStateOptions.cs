using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps pauli ground-state</c>.</summary>
/// <param name="File">Pauli-sum file: the text format, or JSON when the name ends in .json.</param>
/// <param name="Sector">Fixed Hamming weight (particle number under Jordan–Wigner), or null.</param>
/// <param name="Alpha">Fixed number of set even bits (alpha electrons), with <paramref name="Beta"/>.</param>
/// <param name="Beta">Fixed number of set odd bits (beta electrons), with <paramref name="Alpha"/>.</param>
/// <param name="Format">table or json.</param>
public sealed record PauliGroundStateOptions(string File, int? Sector, int? Alpha, int? Beta, OutputFormat Format);
