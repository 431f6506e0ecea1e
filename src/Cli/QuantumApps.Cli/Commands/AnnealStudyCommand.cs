using System.CommandLine;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Annealing;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>quantumapps anneal-study [--sizes 8..20] [--graph 3-regular|weighted] [--anneal-times LIST] [--trotter-step DT]
/// [--runs R] [--gap-max-qubits N] [--seed S] [--format table|json]</c>.
/// </summary>
public static class AnnealStudyCommand
{
    public static Command Create()
    {
        var sizes = new Option<string>("--sizes") { Description = "Node counts: A..B (every n; even n only for 3-regular) or a comma list, 2..30", HelpName = "A..B|list", DefaultValueFactory = _ => "8..16" };
        var graph = ChoiceOption.Create("--graph", "Instance family: seeded random 3-regular (unit weights) or G(n,1/2) with integer weights 1..10",
            AnnealStudyRunner.GraphNames, AnnealingStudyGraph.Regular3);
        var defaults = new AnnealingSettings();
        var times = new Option<string>("--anneal-times") { Description = "Quantum anneal times T in units of hbar/sigma (comma-separated)", HelpName = "list", DefaultValueFactory = _ => string.Join(",", defaults.AnnealTimes) };
        var step = new Option<double>("--trotter-step") { Description = "Largest Trotter step (hbar/sigma)", HelpName = "number", DefaultValueFactory = _ => defaults.TrotterStep };
        var runs = new Option<int>("--runs") { Description = "Independent SA and SQA runs per sweep count", HelpName = "integer", DefaultValueFactory = _ => defaults.Runs };
        var gapMax = new Option<int>("--gap-max-qubits") { Description = "Compute the minimum gap (Lanczos) up to this many qubits", HelpName = "integer", DefaultValueFactory = _ => defaults.GapMaxQubits };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var cmd = new Command("anneal-study", "Time to solution of quantum annealing, simulated annealing and simulated quantum annealing against n (MaxCut)")
        {
            sizes, graph, times, step, runs, gapMax, seed, format,
        };
        cmd.SetAction(p => CliAction.Run(() =>
        {
            double[] t;
            try
            {
                t = NumberList.Parse(p.GetValue(times)!, "--anneal-times");
            }
            catch (Simulator.QuantumAppsException e)
            {
                throw new ArgumentException(e.Message, e);
            }

            var settings = defaults with { AnnealTimes = t, TrotterStep = p.GetValue(step), Runs = p.GetValue(runs), GapMaxQubits = p.GetValue(gapMax) };
            return AnnealStudyRunner.Run(new AnnealStudyOptions(p.GetValue(sizes)!, p.GetValue(graph), p.GetValue(seed), p.GetValue(format), settings, p.GetValue(CommonOptions.Quiet)),
                Console.Out);
        }));
        return cmd;
    }
}
