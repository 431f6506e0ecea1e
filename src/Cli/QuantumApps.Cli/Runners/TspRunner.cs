using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps tsp INSTANCE</c>: tour lengths (minimised) through <see cref="TspComparison"/> — Held–Karp (exact),
/// nearest neighbour + 2-opt + Or-opt (nn2opt), simulated annealing (sa) and QAOA. Tours are 0-based and start at city 0
/// (TSPLIB node k = city k−1). Estimates before Held–Karp and QAOA go to stderr unless quiet; exit codes as
/// <see cref="MaxCutRunner"/>. Before the methods, the Held–Karp 1-tree lower bound of a symmetric instance is computed
/// and printed (table: a header line; JSON: <c>instance.lowerBound</c>), and every tour gets <c>boundGapPercent</c> =
/// 100 (length − bound)/bound, so each heuristic's distance from the optimum is bounded. Reader warnings (the
/// non-standard OPTIMUM line) go to stderr.
/// </summary>
public static class TspRunner
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(TspOptions o, TextWriter output, TextWriter? status = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        var settings = o.Qaoa ?? new QaoaSettings();
        var (qaoa, noise) = QaoaMethods.Prepare(settings);
        var methods = o.Methods ?? MethodNames.Tsp.Select(m => m.Method).ToArray();
        var inst = ProblemFiles.ReadTsp(o.Instance, o.GraphFormat, o.Stops, w => { status?.WriteLine($"warning: {w}"); status?.Flush(); });
        var options = new ComparisonOptions(o.Seed, o.Methods is not null, qaoa) { TimeLimitSeconds = o.TimeLimitSeconds, Restarts = o.Restarts };
        var bound = TspComparison.LowerBound(inst, CliCancellation.Token);
        if (o.Format == OutputFormat.Table)
        {
            output.WriteLine(bound is { } b
                ? $"lower bound {ProblemReport.Format(b.LowerBound)} (Held–Karp 1-tree, {b.Iterations} subgradient steps{(b.IsTour ? ", a tour: optimal" : "")}, {b.Seconds.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} s): every tour is at least this long"
                : "lower bound: n/a (asymmetric distances; the 1-tree bound needs a symmetric matrix)");
            ProblemReport.TableHeader(output, $"instance {inst.Name} ({o.Instance}): {inst.CityCount} cities (tour length minimised; tours start at city 0, 0-based)", "length", "tour");
        }

        var (outcomes, cancelled) = ProblemReport.RunAll(methods, MethodNames.Name, m => TspComparison.Estimate(inst, m, options),
            (m, progress) =>
            {
                var r = TspComparison.RunMethod(inst, m, options, progress, CliCancellation.Token);
                var outcome = WithBoundGap(ToOutcome(r), bound);
                return m == TspMethod.Qaoa && r.Qaoa is { } q
                    ? QaoaMethods.WithNoise(outcome, () => TspQubo.Create(inst, qaoa.FixFirstCity).Qubo.ToPauliSum(), q.Qubits, q, noise, settings, options.NewRandom())
                    : outcome;
            },
            "tsp", o.Format, o.Quiet, output, status);
        if (o.Format == OutputFormat.Json)
        {
            var problem = new JsonObject
            {
                ["file"] = o.Instance, ["name"] = inst.Name, ["cities"] = inst.CityCount, ["symmetric"] = inst.Distances.IsSymmetric,
                ["lowerBound"] = bound is { } b ? JsonOutput.Number(b.LowerBound) : null,
            };
            ProblemReport.Json(output, "instance", problem, "length", "tour", outcomes);
        }

        return ProblemReport.ExitCode(outcomes, cancelled);
    }

    /// <summary>Adds <c>boundGapPercent</c> = 100 (length − bound)/bound to a row with a tour (none without a bound or a tour).</summary>
    public static MethodOutcome WithBoundGap(MethodOutcome o, OneTreeBound? bound) =>
        bound is { LowerBound: > 0 } b && o.Status == MethodStatus.Ok && o.Value is double v && o.Solution is not null
            ? o with { Extras = [.. o.Extras, new KeyValuePair<string, double>("boundGapPercent", Math.Round(b.GapPercent(v), 4))] }
            : o;

    /// <summary>The printed row of a library report (QAOA without a feasible sample: no tour).</summary>
    public static MethodOutcome ToOutcome(MethodReport<TourSolution> r) =>
        MethodOutcome.From(r, r.Solution is { } s ? new JsonArray(s.Tour.Select(c => (JsonNode?)c).ToArray()) : null,
            r.Solution is { } t ? string.Join(" ", t.Tour) : "no feasible sample");
}
