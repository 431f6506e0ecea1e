using QuantumApps.Cli.Output;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps tsp</c>, typed at the CLI edge.</summary>
/// <param name="Instance">.tsp file, or an edge-list/Gset road graph (shortest-path distances).</param>
/// <param name="Methods">Methods in the order given, or null for all of <see cref="MethodNames.Tsp"/> (exact and qaoa then skipped when too large).</param>
/// <param name="Seed">64-bit seed; each method gets its own generator.</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit input format, or null for detection by extension.</param>
/// <param name="Stops">Stops file (one 0-based node per line) for road-graph input, or null for all nodes.</param>
/// <param name="Qaoa">QAOA settings (defaults when null).</param>
/// <param name="Quiet">No estimates or progress on stderr.</param>
/// <param name="TimeLimitSeconds">Wall-clock limit per heuristic (<c>--time-limit</c>; nn2opt, sa, ils, ortools), or null.</param>
/// <param name="Restarts">Restarts per heuristic (<c>--restarts</c>), or null.</param>
public sealed record TspOptions(string Instance, IReadOnlyList<TspMethod>? Methods, long Seed, OutputFormat Format, GraphFileFormat? GraphFormat, string? Stops,
    QaoaSettings? Qaoa = null, bool Quiet = true, double? TimeLimitSeconds = null, int? Restarts = null);
