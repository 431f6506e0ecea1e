using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>quantumapps merge PART… [--out CSV|DIR] [--plot SVG] [--force]</c>: combines the shards of a batch run (a bond scan, a
/// report or a classify run; the kind is read from the parts).
/// </summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var parts = new Argument<string[]>("PART") { Description = "Partial results written by --shard K/N runs (every shard once, any order)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Scan parts: the merged CSV (as a single run's --out); report parts: the report directory to write (required)", HelpName = "file|dir" };
        var plot = new Option<string?>("--plot") { Description = "Scan parts: the merged SVG (as a single run's --plot)", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Report parts: replace an existing non-empty report directory" };
        var format = CommonOptions.Format();
        var cmd = new Command("merge", "Combine the partial results of sharded runs (molecule scan, report, classify with --shard K/N) into the outputs of one run")
        {
            parts, output, plot, force, format,
        };
        cmd.SetAction(p => CliAction.Run(() => MergeRunner.Run(new MergeOptions(p.GetValue(parts)!, p.GetValue(output), p.GetValue(plot), p.GetValue(format), p.GetValue(force)), Console.Out)));
        return cmd;
    }
}
