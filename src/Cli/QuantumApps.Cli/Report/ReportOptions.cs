namespace QuantumApps.Cli.Report;

/// <summary>Options of <c>quantumapps report</c>.</summary>
/// <param name="OutDir">Directory to create (must not exist or be empty unless <paramref name="Force"/>).</param>
/// <param name="Quick">Small sizes (measured 25–31 s of CPU time on 2 cores) instead of the full run.</param>
/// <param name="Seed">64-bit seed of every random choice (graphs, heuristics, parameter draws, trajectories).</param>
/// <param name="Force">Replace an existing non-empty directory.</param>
/// <param name="Shard">
/// Compute only this shard's block of the sections (<see cref="ReportRunner.Sections"/>) and write the part
/// <c>OutDir/report-part-K-of-N.json</c> (<see cref="IO.ReportShardFile"/>) for <c>quantumapps merge</c>; null = the whole report.
/// </param>
public sealed record ReportOptions(string OutDir, bool Quick = false, long Seed = 42, bool Force = false, Variational.Workflows.Shard? Shard = null);
