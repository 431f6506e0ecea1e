using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps vrp INSTANCE [--methods exact,clarke-wright] [--seed S] [--format table|json]</c>.</summary>
public static class VrpCommand
{
    public static Command Create()
    {
        var instance = new Argument<string>("INSTANCE") { Description = "CVRPLIB .vrp file (one depot, EUC_2D/GEO/ATT/CEIL_2D or EXPLICIT distances)" };
        var methods = new Option<string?>("--methods") { Description = "Comma-separated: exact,clarke-wright (default both; exact only up to 15 customers unless requested)" };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = MaxCutCommand.GraphFormatOption();
        var cmd = new Command("vrp", "Capacitated vehicle routing by exact set partitioning (tiny instances) and Clarke-Wright savings") { instance, methods, seed, format, graphFormat };
        cmd.SetAction(p => CliAction.Run(() => VrpRunner.Run(
            new VrpOptions(p.GetValue(instance)!, p.GetValue(methods), p.GetValue(seed), p.GetValue(format), p.GetValue(graphFormat)), Console.Out)));
        return cmd;
    }
}
