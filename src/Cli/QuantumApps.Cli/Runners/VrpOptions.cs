using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps vrp</c>.</summary>
/// <param name="Instance">CVRPLIB .vrp file.</param>
/// <param name="Methods">Comma-separated method names, or null for all (exact skipped above the default limit).</param>
/// <param name="Seed">Seed; each method gets its own Random(seed).</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit input format (vrp), or null.</param>
public sealed record VrpOptions(string Instance, string? Methods, int Seed, OutputFormat Format, string? GraphFormat);
