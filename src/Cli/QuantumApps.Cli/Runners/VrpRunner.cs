using System.Text.Json.Nodes;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps vrp INSTANCE</c>: total route cost (minimised) by exact set partitioning (tiny instances) and
/// Clarke–Wright savings + 2-opt/Or-opt. Routes list 0-based customer nodes; the depot (node 0 in CVRPLIB files)
/// is implicit at both ends. A fleet-size violation is reported, not hidden.
/// </summary>
public static class VrpRunner
{
    /// <summary>Instances with up to this many customers get the exact method by default.</summary>
    public const int DefaultExactLimit = 15;

    public delegate MethodOutcome Method(VrpInstance instance, Random rng, bool requested);

    public static IReadOnlyList<KeyValuePair<string, Method>> Methods { get; } =
    [
        new("exact", Exact),
        new("clarke-wright", (v, _, _) => FromRoutes(ClarkeWright.Solve(v))),
    ];

    public static int Run(VrpOptions o, TextWriter output, IReadOnlyList<KeyValuePair<string, Method>>? extraMethods = null)
    {
        var table = Methods.Concat(extraMethods ?? []).ToArray();
        var names = MethodList.Parse(o.Methods, table.Select(m => m.Key), "vrp");
        var inst = ProblemFiles.ReadVrp(o.Instance, o.GraphFormat);
        bool explicitList = !string.IsNullOrWhiteSpace(o.Methods);
        var outcomes = names.Select(n => table.First(m => m.Key == n).Value(inst, new Random(o.Seed), explicitList) with { Method = n }).ToArray();
        var problem = new JsonObject
        {
            ["file"] = o.Instance, ["name"] = inst.Name, ["nodes"] = inst.NodeCount, ["depot"] = inst.Depot,
            ["capacity"] = inst.Capacity, ["vehicles"] = inst.VehicleCount,
        };
        ProblemReport.Write(output, o.Format, "instance", problem,
            $"instance {inst.Name} ({o.Instance}): {inst.NodeCount - 1} customers, capacity {inst.Capacity}, vehicles {(inst.VehicleCount?.ToString() ?? "unlimited")} (cost minimised)",
            "cost", "routes", outcomes);
        return 0;
    }

    private static MethodOutcome Exact(VrpInstance v, Random rng, bool requested)
    {
        if (!requested && v.NodeCount - 1 > DefaultExactLimit)
            return MethodOutcome.Skip("exact", $"{v.NodeCount - 1} customers > {DefaultExactLimit} (request --methods exact to force, limit {VrpExact.MaxCustomers})");
        return FromRoutes(VrpExact.Solve(v));
    }

    public static MethodOutcome FromRoutes(VrpSolution s)
    {
        var json = new JsonArray(s.Routes.Select(r => (JsonNode?)new JsonArray(r.Select(c => (JsonNode?)c).ToArray())).ToArray());
        string text = string.Join(" | ", s.Routes.Select(r => string.Join(" ", r))) + (s.Violation is null ? "" : $" (infeasible: {s.Violation})");
        return new MethodOutcome(s.Method, s.Cost, json, text, s.Seconds, [new("routeCount", s.Routes.Count)], null);
    }
}
