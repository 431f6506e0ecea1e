using System.CommandLine;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps vrp INSTANCE [--methods exact,clarke-wright,cvrp-ils,ortools] [--time-limit SECONDS] [--restarts R] [--seed S] [--format table|json] [--graph-format vrp]</c>.</summary>
public static class VrpCommand
{
    public static Command Create()
    {
        var instance = new Argument<string>("INSTANCE") { Description = "CVRPLIB .vrp file (one depot, EUC_2D/GEO/ATT/CEIL_2D or EXPLICIT distances)" };
        var methods = MaxCutCommand.MethodsOption(MethodNames.Vrp, $"exact only up to {VrpComparison.DefaultExactLimit} customers unless named");
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = MaxCutCommand.GraphFormatOption();
        var timeLimit = BudgetOptions.TimeLimit("cvrp-ils, ortools; default: cvrp-ils 2000 iterations per start");
        var restarts = BudgetOptions.Restarts("cvrp-ils, ortools");
        var cmd = new Command("vrp", "Capacitated vehicle routing by exact set partitioning (tiny instances), Clarke-Wright savings, iterated local search and OR-Tools")
        {
            instance, methods, seed, format, graphFormat, timeLimit, restarts,
        };
        cmd.SetAction(p =>
        {
            if (!MaxCutCommand.TryParseList(p.GetValue(methods), MethodNames.Vrp, "--methods", out var list, out string? error)
                || !MaxCutCommand.TryParseFormat(p.GetValue(graphFormat), out var gf, out error))
            {
                return MaxCutCommand.Usage(error!);
            }

            return CliAction.Run(() => VrpRunner.Run(
                new VrpOptions(p.GetValue(instance)!, list, p.GetValue(seed), p.GetValue(format), gf, p.GetValue(CommonOptions.Quiet), p.GetValue(timeLimit), p.GetValue(restarts)), Console.Out, Console.Error));
        });
        return cmd;
    }
}
