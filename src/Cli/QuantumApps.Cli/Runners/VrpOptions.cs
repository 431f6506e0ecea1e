using QuantumApps.Cli.Output;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps vrp</c>, typed at the CLI edge.</summary>
/// <param name="Instance">CVRPLIB .vrp file.</param>
/// <param name="Methods">Methods in the order given, or null for all of <see cref="MethodNames.Vrp"/> (exact then skipped above its default size).</param>
/// <param name="Seed">64-bit seed; each method gets its own generator.</param>
/// <param name="Format">table or json.</param>
/// <param name="GraphFormat">Explicit input format (vrp), or null.</param>
/// <param name="Quiet">No estimates or progress on stderr.</param>
/// <param name="TimeLimitSeconds">Wall-clock limit per heuristic (<c>--time-limit</c>), or null.</param>
/// <param name="Restarts">Restarts per heuristic (<c>--restarts</c>), or null.</param>
public sealed record VrpOptions(string Instance, IReadOnlyList<VrpMethod>? Methods, long Seed, OutputFormat Format, GraphFileFormat? GraphFormat, bool Quiet = true,
    double? TimeLimitSeconds = null, int? Restarts = null);
