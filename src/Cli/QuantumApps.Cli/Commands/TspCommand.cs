using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps tsp INSTANCE [--methods exact,nn2opt,sa] [--seed S] [--format table|json] [--graph-format F] [--stops FILE]</c>.</summary>
public static class TspCommand
{
    public static Command Create()
    {
        var instance = new Argument<string>("INSTANCE") { Description = "TSPLIB .tsp file, or a road graph (.txt/.edges/.gset) whose shortest paths give the distances" };
        var methods = new Option<string?>("--methods") { Description = "Comma-separated: exact,nn2opt,sa (default all; exact only up to 18 cities unless requested)" };
        var stops = new Option<string?>("--stops") { Description = "For road graphs: file of 0-based stop nodes, one per line (default: all nodes)" };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = MaxCutCommand.GraphFormatOption();
        var cmd = new Command("tsp", "Travelling salesman by Held-Karp and classical heuristics") { instance, methods, seed, format, graphFormat, stops };
        cmd.SetAction(p => CliAction.Run(() => TspRunner.Run(
            new TspOptions(p.GetValue(instance)!, p.GetValue(methods), p.GetValue(seed), p.GetValue(format), p.GetValue(graphFormat), p.GetValue(stops)), Console.Out)));
        return cmd;
    }
}
