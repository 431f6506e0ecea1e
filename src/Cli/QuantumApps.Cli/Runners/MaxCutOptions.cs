using QuantumApps.Cli.Output;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps maxcut</c>, typed at the CLI edge.</summary>
/// <param name="Graph">Graph file (.txt/.edges edge list, .gset/.rudy, .tsp/.vrp as complete graphs).</param>
/// <param name="Methods">Methods in the order given, or null for all of <see cref="MethodNames.MaxCut"/> (exact and qaoa then skipped when too large).</param>
/// <param name="Seed">64-bit seed of every random choice; each method gets its own generator.</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit file format, or null to use the extension.</param>
/// <param name="Qaoa">QAOA settings (defaults when null).</param>
/// <param name="Quiet">No estimates or progress on stderr.</param>
public sealed record MaxCutOptions(string Graph, IReadOnlyList<MaxCutMethod>? Methods, long Seed, OutputFormat Format, GraphFileFormat? GraphFormat,
    QaoaSettings? Qaoa = null, bool Quiet = true)
{
    /// <summary>Wall-clock limit in seconds of sa, tabu, local, gw and cpsat (<c>--time-limit</c>; null: each method's default schedule).</summary>
    public double? TimeLimitSeconds { get; init; }

    /// <summary>Restarts of sa, tabu, local, gw and cpsat (<c>--restarts</c>; null: each method's default).</summary>
    public int? Restarts { get; init; }

    /// <summary>Goemans–Williamson's dense certificate: true always, false never, null automatic by size.</summary>
    public bool? GwCertificate { get; init; }
}
