using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps merge PART… [--out CSV] [--plot SVG]</c>: combines the shards of a batch run.</summary>
public static class MergeCommand
{
    public static Command Create()
    {
        var parts = new Argument<string[]>("PART") { Description = "Partial results written by --shard K/N runs (every shard once, any order)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Merged CSV (as a single run's --out)", HelpName = "file" };
        var plot = new Option<string?>("--plot") { Description = "Merged SVG (as a single run's --plot)", HelpName = "file" };
        var format = CommonOptions.Format();
        var cmd = new Command("merge", "Combine the partial results of sharded runs (molecule scan --shard K/N) into the outputs of one run") { parts, output, plot, format };
        cmd.SetAction(p => CliAction.Run(() => MergeRunner.Run(new MergeOptions(p.GetValue(parts)!, p.GetValue(output), p.GetValue(plot), p.GetValue(format)), Console.Out)));
        return cmd;
    }
}
