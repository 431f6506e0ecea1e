using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps merge</c>.</summary>
/// <param name="Parts">The partial result files, one per shard, in any order.</param>
/// <param name="Out">The merged CSV of a scan (the file a single run's --out gives), or the report directory of a report; null for classify.</param>
/// <param name="Plot">The merged SVG (a single run's --plot), or null.</param>
/// <param name="Format">table (summary + rows) or json.</param>
/// <param name="Force">Report parts: replace an existing non-empty report directory.</param>
public sealed record MergeOptions(IReadOnlyList<string> Parts, string? Out = null, string? Plot = null, OutputFormat Format = OutputFormat.Table, bool Force = false);
