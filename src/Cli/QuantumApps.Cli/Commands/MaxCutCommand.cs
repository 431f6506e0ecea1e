using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps maxcut GRAPH [--methods ...] [--seed S] [--format table|json] [--graph-format F]</c>.</summary>
public static class MaxCutCommand
{
    public static Command Create()
    {
        var graph = new Argument<string>("GRAPH") { Description = "Graph file: .txt/.edges (0-based 'u v [w]'), .gset/.rudy (header 'n m', 1-based), .tsp/.vrp (complete graph)" };
        var methods = new Option<string?>("--methods") { Description = "Comma-separated: exact,gw,sa,tabu,greedy,local (default all; exact only up to 30 nodes unless requested)" };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = GraphFormatOption();
        var cmd = new Command("maxcut", "Weighted MaxCut by exact Gray-code enumeration and classical heuristics") { graph, methods, seed, format, graphFormat };
        cmd.SetAction(p => CliAction.Run(() => MaxCutRunner.Run(
            new MaxCutOptions(p.GetValue(graph)!, p.GetValue(methods), p.GetValue(seed), p.GetValue(format), p.GetValue(graphFormat)), Console.Out)));
        return cmd;
    }

    /// <summary><c>--graph-format edgelist|gset|tsp|vrp</c>, overriding detection by extension.</summary>
    internal static Option<string?> GraphFormatOption() => new("--graph-format")
    {
        Description = "Input format edgelist|gset|tsp|vrp (default: from the extension)",
    };
}
