using System.Text.Json.Nodes;
using QuantumApps.Cli.Output;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps vrp INSTANCE</c>: total route cost (minimised) through <see cref="VrpComparison"/> — exact set
/// partitioning (tiny instances) and Clarke–Wright savings + 2-opt/Or-opt. Routes list 0-based customer nodes; the depot
/// (node 0 in CVRPLIB files) is implicit at both ends. A fleet-size violation is reported, not hidden. The estimate
/// before the exact method goes to stderr unless quiet; exit codes as <see cref="MaxCutRunner"/>.
/// </summary>
public static class VrpRunner
{
    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(VrpOptions o, TextWriter output, TextWriter? status = null)
    {
        ArgumentNullException.ThrowIfNull(o);
        var methods = o.Methods ?? MethodNames.Vrp.Select(m => m.Method).ToArray();
        var inst = ProblemFiles.ReadVrp(o.Instance, o.GraphFormat);
        var options = new ComparisonOptions(o.Seed, o.Methods is not null, Budget: o.Budget);
        if (o.Format == OutputFormat.Table)
        {
            ProblemReport.TableHeader(output,
                $"instance {inst.Name} ({o.Instance}): {inst.NodeCount - 1} customers, capacity {inst.Capacity}, vehicles {(inst.VehicleCount?.ToString() ?? "unlimited")} (cost minimised)",
                "cost", "routes");
        }

        var (outcomes, cancelled) = ProblemReport.RunAll(methods, MethodNames.Name, m => VrpComparison.Estimate(inst, m, options),
            (m, progress) => ToOutcome(VrpComparison.RunMethod(inst, m, options, progress, Commands.CliCancellation.Token)),
            "vrp", o.Format, o.Quiet, output, status);
        if (o.Format == OutputFormat.Json)
        {
            var problem = new JsonObject
            {
                ["file"] = o.Instance, ["name"] = inst.Name, ["nodes"] = inst.NodeCount, ["depot"] = inst.Depot,
                ["capacity"] = inst.Capacity, ["vehicles"] = inst.VehicleCount,
            };
            ProblemReport.Json(output, "instance", problem, "cost", "routes", outcomes);
        }

        return ProblemReport.ExitCode(outcomes, cancelled);
    }

    /// <summary>The printed row of a library report; an infeasible fleet is written after the routes.</summary>
    public static MethodOutcome ToOutcome(MethodReport<VrpSolution> r)
    {
        if (r.Solution is not { } s)
        {
            return MethodOutcome.From(r, null, "");
        }

        var json = new JsonArray(s.Routes.Select(route => (JsonNode?)new JsonArray(route.Select(c => (JsonNode?)c).ToArray())).ToArray());
        string text = string.Join(" | ", s.Routes.Select(route => string.Join(" ", route))) + (s.Violation is null ? "" : $" (infeasible: {s.Violation})");
        return MethodOutcome.From(r, json, text);
    }
}
