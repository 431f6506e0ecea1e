using System.Text.Json.Nodes;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps maxcut GRAPH</c>: runs the requested MaxCut methods and prints cut values (maximised,
/// C = Σ w_ij [x_i ≠ x_j]) with assignments written node 0 first. Methods come from a name → solver table
/// (<see cref="Methods"/>), so a new method such as QAOA is one more entry passed to <see cref="Run"/>.
/// </summary>
public static class MaxCutRunner
{
    /// <summary>Graphs up to this many nodes get the exact method by default (2^(n−1) states).</summary>
    public const int DefaultExactLimit = 30;

    /// <summary>A MaxCut method: graph, its seeded Random, whether it was explicitly requested → outcome.</summary>
    public delegate MethodOutcome Method(Graph graph, Random rng, bool requested);

    /// <summary>The classical methods in default order: exact, gw, sa, tabu, greedy, local.</summary>
    public static IReadOnlyList<KeyValuePair<string, Method>> Methods { get; } =
    [
        new("exact", Exact),
        new("gw", (g, rng, _) => Gw(g, rng)),
        new("sa", (g, rng, _) => FromCut(MaxCutSolvers.Annealing(g, rng))),
        new("tabu", (g, rng, _) => FromCut(MaxCutSolvers.Tabu(g, rng))),
        new("greedy", (g, _, _) => FromCut(GreedyMaxCut.Solve(g))),
        new("local", (g, rng, _) => FromCut(MaxCutSolvers.LocalSearch(g, rng))),
    ];

    /// <summary>Runs the command with <see cref="Methods"/> plus any <paramref name="extraMethods"/>; returns the exit code.</summary>
    public static int Run(MaxCutOptions o, TextWriter output, IReadOnlyList<KeyValuePair<string, Method>>? extraMethods = null)
    {
        var table = Methods.Concat(extraMethods ?? []).ToArray();
        var names = MethodList.Parse(o.Methods, table.Select(m => m.Key), "maxcut");
        var g = ProblemFiles.ReadGraph(o.Graph, o.GraphFormat);
        bool explicitList = !string.IsNullOrWhiteSpace(o.Methods);
        var outcomes = names.Select(n => table.First(m => m.Key == n).Value(g, new Random(o.Seed), explicitList) with { Method = n }).ToArray();
        var problem = new JsonObject { ["file"] = o.Graph, ["nodes"] = g.NodeCount, ["edges"] = g.EdgeCount, ["totalWeight"] = g.TotalWeight };
        ProblemReport.Write(output, o.Format, "graph", problem,
            $"graph {o.Graph}: {g.NodeCount} nodes, {g.EdgeCount} edges, total weight {ProblemReport.Format(g.TotalWeight)} (cut = weight of edges between the sides; maximised)",
            "cut", "assignment", outcomes);
        return 0;
    }

    private static MethodOutcome Exact(Graph g, Random rng, bool requested)
    {
        if (!requested && g.NodeCount > DefaultExactLimit)
            return MethodOutcome.Skip("exact", $"{g.NodeCount} nodes > {DefaultExactLimit} (request --methods exact to force, limit {BruteForce.MaxVariables + 1})");
        return FromCut(BruteForce.MaxCut(g));
    }

    private static MethodOutcome Gw(Graph g, Random rng)
    {
        var r = GoemansWilliamson.Solve(g, rng);
        return new MethodOutcome("gw", r.Cut, r.Assignment, Short(r.Assignment), r.Seconds,
            [new("upperBound", r.UpperBound), new("sdpValue", r.SdpValue), new("meanRoundedCut", r.MeanRoundedCut)], null);
    }

    /// <summary>Outcome of a plain cut solution.</summary>
    public static MethodOutcome FromCut(MaxCutSolution s) => new(s.Method, s.Cut, s.Assignment, Short(s.Assignment), s.Seconds, [], null);

    private static string Short(string s) => s.Length <= 64 ? s : s[..61] + "...";
}
