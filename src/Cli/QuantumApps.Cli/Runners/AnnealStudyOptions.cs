using QuantumApps.Cli.Output;
using QuantumApps.Variational.Annealing;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps anneal-study</c>, typed at the CLI edge.</summary>
/// <param name="Sizes">Node counts: "A..B" (every n; every even n for 3-regular graphs) or a comma list.</param>
/// <param name="Graph">Instance family.</param>
/// <param name="Seed">64-bit seed; the instance of size n uses seed + n.</param>
/// <param name="Format">table or json.</param>
/// <param name="Settings">Anneal times, Trotter step, runs per classical point, gap limit.</param>
/// <param name="Quiet">No progress on stderr.</param>
public sealed record AnnealStudyOptions(string Sizes, AnnealingStudyGraph Graph, long Seed, OutputFormat Format, AnnealingSettings Settings, bool Quiet = true);
