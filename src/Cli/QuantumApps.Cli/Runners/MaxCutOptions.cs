using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps maxcut</c>.</summary>
/// <param name="Graph">Graph file (.txt/.edges edge list, .gset/.rudy, .tsp/.vrp as complete graphs).</param>
/// <param name="Methods">Comma-separated method names, or null for all (exact skipped when too large).</param>
/// <param name="Seed">Seed of every random choice; each method gets its own Random(seed).</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit file format (edgelist, gset, tsp, vrp) or null to use the extension.</param>
public sealed record MaxCutOptions(string Graph, string? Methods, int Seed, OutputFormat Format, string? GraphFormat);
