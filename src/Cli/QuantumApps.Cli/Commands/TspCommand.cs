using System.CommandLine;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>quantumapps tsp INSTANCE [--methods exact,nn2opt,sa,ils,ortools,qaoa,anneal] [--angles ramp|interp|grid|FILE] [--time-limit SECONDS] [--restarts R] [--p P]
/// [--mixer x|xy] [--encoding n-1|n] [--seed S] [--format table|json] [--graph-format edgelist|gset|tsp|vrp] [--stops FILE]</c>.
/// </summary>
public static class TspCommand
{
    public static Command Create()
    {
        var instance = new Argument<string>("INSTANCE") { Description = "TSPLIB .tsp file, or a road graph (.txt/.edges/.gset) whose shortest paths give the distances" };
        var methods = MaxCutCommand.MethodsOption(MethodNames.Tsp,
            $"exact only up to {TspComparison.DefaultExactLimit} cities and qaoa up to {MaxCutComparison.DefaultQaoaQubitLimit} qubits unless named");
        var stops = new Option<string?>("--stops") { Description = "For road graphs: file of 0-based stop nodes, one per line (default: all nodes)", HelpName = "file" };
        var seed = CommonOptions.Seed();
        var timeLimit = BudgetOptions.TimeLimit("nn2opt, sa, ils, ortools; default: a fixed, seed-reproducible amount of work");
        var restarts = BudgetOptions.Restarts("nn2opt, sa, ils, ortools, and qaoa: the --angles start plus R-1 seeded random ones");
        var format = CommonOptions.Format();
        var graphFormat = MaxCutCommand.GraphFormatOption();
        var (depth, optimizer, shots) = MaxCutCommand.QaoaOptions();
        var (noise, trajectories, noiseMethod) = MaxCutCommand.QaoaNoiseOptions();
        var angles = MaxCutCommand.QaoaAnglesOption();
        var mixer = new Option<string>("--mixer") { Description = "QAOA mixer: x (transverse field on the penalised QUBO) or xy (XY rings per step, one-hot start)", HelpName = "x|xy", DefaultValueFactory = _ => "x" };
        var encoding = new Option<string>("--encoding") { Description = "QAOA one-hot encoding: n-1 (city 0 fixed, (N-1)^2 qubits) or n (N^2 qubits)", HelpName = "n-1|n", DefaultValueFactory = _ => "n-1" };
        var cmd = new Command("tsp", "Travelling salesman by QAOA, Held-Karp and classical heuristics (with a Held-Karp 1-tree lower bound)")
        {
            instance, methods, seed, format, graphFormat, stops, depth, optimizer, shots, mixer, encoding, noise, trajectories, noiseMethod, angles, timeLimit, restarts,
        };
        cmd.SetAction(p =>
        {
            if (!MaxCutCommand.TryParseList(p.GetValue(methods), MethodNames.Tsp, "--methods", out var list, out string? error)
                || !MaxCutCommand.TryParseFormat(p.GetValue(graphFormat), out var gf, out error))
            {
                return MaxCutCommand.Usage(error!);
            }

            return CliAction.Run(() =>
            {
                string enc = p.GetValue(encoding)!;
                if (enc != "n-1" && enc != "n") throw new Simulator.QuantumAppsException($"--encoding must be n-1 or n, not '{enc}'");
                var qaoa = new QaoaSettings(p.GetValue(depth), p.GetValue(optimizer)!, p.GetValue(shots), p.GetValue(mixer)!, enc == "n-1", p.GetValue(noise), p.GetValue(trajectories), p.GetValue(noiseMethod)!,
                    p.GetValue(angles)!, p.GetValue(restarts) ?? 1);
                return TspRunner.Run(
                    new TspOptions(p.GetValue(instance)!, list, p.GetValue(seed), p.GetValue(format), gf, p.GetValue(stops), qaoa, p.GetValue(CommonOptions.Quiet),
                        p.GetValue(timeLimit), p.GetValue(restarts)),
                    Console.Out, Console.Error);
            });
        });
        return cmd;
    }
}
