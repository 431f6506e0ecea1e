using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps maxcut GRAPH</c>: runs the requested methods through <see cref="MaxCutComparison"/> and prints cut values
/// (maximised, C = Σ w_ij [x_i ≠ x_j]) with assignments written node 0 first. Before exact enumeration and QAOA the
/// estimate (states or qubits, memory, time) goes to the status writer (stderr) unless quiet. Every requested
/// method is reported with its status; the exit code is <see cref="ExitCodes.Ok"/>, <see cref="ExitCodes.Partial"/>
/// when some method failed, <see cref="ExitCodes.Failure"/> when all failed, <see cref="ExitCodes.Cancelled"/> on Ctrl-C.
/// </summary>
public static class MaxCutRunner
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(MaxCutOptions o, TextWriter output, TextWriter? status = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        var settings = o.Qaoa ?? new QaoaSettings();
        var (qaoa, noise) = QaoaMethods.Prepare(settings);
        var methods = o.Methods ?? MethodNames.MaxCut.Select(m => m.Method).ToArray();
        var g = ProblemFiles.ReadGraph(o.Graph, o.GraphFormat);
        var options = new ComparisonOptions(o.Seed, o.Methods is not null, qaoa) { TimeLimitSeconds = o.TimeLimitSeconds, Restarts = o.Restarts, GwCertificate = o.GwCertificate };
        string header = $"graph {o.Graph}: {g.NodeCount} nodes, {g.EdgeCount} edges, total weight {ProblemReport.Format(g.TotalWeight)} (cut = weight of edges between the sides; maximised)";
        if (o.Format == OutputFormat.Table)
        {
            ProblemReport.TableHeader(output, header, "cut", "assignment");
        }

        var (outcomes, cancelled) = ProblemReport.RunAll(methods, MethodNames.Name, m => MaxCutComparison.Estimate(g, m, options),
            (m, progress) =>
            {
                var r = MaxCutComparison.RunMethod(g, m, options, progress, CliCancellation.Token);
                var outcome = ToOutcome(r);
                return m == MaxCutMethod.Qaoa
                    ? QaoaMethods.WithNoise(outcome, () => Problems.MaxCut.CostOperator(g), g.NodeCount, r.Qaoa, noise, settings, options.NewRandom())
                    : outcome;
            },
            "maxcut", o.Format, o.Quiet, output, status);
        foreach (var failed in outcomes.Where(x => x.Method == "cpsat" && x.Status == MethodStatus.Failed && x.Reason?.Contains("native library", StringComparison.Ordinal) == true))
        {
            status?.WriteLine($"warning: {failed.Reason}; the other methods ran");
        }

        if (o.Format == OutputFormat.Json)
        {
            var problem = new JsonObject { ["file"] = o.Graph, ["nodes"] = g.NodeCount, ["edges"] = g.EdgeCount, ["totalWeight"] = g.TotalWeight };
            ProblemReport.Json(output, "graph", problem, "cut", "assignment", outcomes);
        }

        return ProblemReport.ExitCode(outcomes, cancelled);
    }

    /// <summary>The printed row of a library report.</summary>
    public static MethodOutcome ToOutcome(MethodReport<MaxCutSolution> r) =>
        MethodOutcome.From(r, r.Solution?.Assignment, r.Solution is null ? "" : Short(r.Solution.Assignment));

    private static string Short(string s) => s.Length <= 64 ? s : s[..61] + "...";
}
