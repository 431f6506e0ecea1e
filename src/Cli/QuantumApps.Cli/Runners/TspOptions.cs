using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps tsp</c>.</summary>
/// <param name="Instance">.tsp file, or an edge-list/Gset road graph (shortest-path distances).</param>
/// <param name="Methods">Comma-separated method names, or null for all (exact skipped above the default limit).</param>
/// <param name="Seed">Seed; each method gets its own Random(seed).</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit input format, or null for detection by extension.</param>
/// <param name="Stops">Stops file (one 0-based node per line) for road-graph input, or null for all nodes.</param>
public sealed record TspOptions(string Instance, string? Methods, int Seed, OutputFormat Format, string? GraphFormat, string? Stops);
