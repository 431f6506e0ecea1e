using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps maxcut GRAPH [--methods ...] [--seed S] [--format table|json] [--graph-format F]</c>.</summary>
public static class MaxCutCommand
{
    public static Command Create()
    {
        var graph = new Argument<string>("GRAPH") { Description = "Graph file: .txt/.edges (0-based 'u v [w]'), .gset/.rudy (header 'n m', 1-based), .tsp/.vrp (complete graph)" };
        var methods = new Option<string?>("--methods") { Description = "Comma-separated: exact,gw,sa,tabu,greedy,local,qaoa (default all; exact only up to 30 nodes and qaoa up to 16 unless requested)" };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = GraphFormatOption();
        var (depth, optimizer, shots) = QaoaOptions();
        var (noise, trajectories, noiseMethod) = QaoaNoiseOptions();
        var cmd = new Command("maxcut", "Weighted MaxCut by QAOA, exact Gray-code enumeration and classical heuristics")
        {
            graph, methods, seed, format, graphFormat, depth, optimizer, shots, noise, trajectories, noiseMethod,
        };
        cmd.SetAction(p => CliAction.Run(() => MaxCutRunner.Run(
            new MaxCutOptions(p.GetValue(graph)!, p.GetValue(methods), p.GetValue(seed), p.GetValue(format), p.GetValue(graphFormat)), Console.Out,
            [QaoaMethods.MaxCut(new QaoaSettings(p.GetValue(depth), p.GetValue(optimizer)!, p.GetValue(shots), Noise: p.GetValue(noise), Trajectories: p.GetValue(trajectories), NoiseMethod: p.GetValue(noiseMethod)!))])));
        return cmd;
    }

    /// <summary><c>--p</c>, <c>--optimizer</c> and <c>--shots</c> of the QAOA method.</summary>
    internal static (Option<int> Depth, Option<string> Optimizer, Option<int> Shots) QaoaOptions() =>
    (
        new("--p") { Description = "QAOA depth p (layers of exp(-i gamma C) exp(-i beta sum X))", DefaultValueFactory = _ => 1 },
        new("--optimizer") { Description = "QAOA optimizer: lbfgs|nelder-mead|cobyla|spsa|adam", DefaultValueFactory = _ => "lbfgs" },
        new("--shots") { Description = "Samples drawn (seeded) from the final QAOA state for the best sampled value", DefaultValueFactory = _ => 1000 }
    );

    /// <summary><c>--noise</c>, <c>--trajectories</c> and <c>--noise-method</c> of the QAOA method.</summary>
    internal static (Option<string?> Noise, Option<int> Trajectories, Option<string> NoiseMethod) QaoaNoiseOptions() =>
        (VqeCliOptions.NoiseOption("After the noiseless optimisation, re-run the QAOA circuit (CNOT/RZ/RX gates) under this noise model"), VqeCliOptions.TrajectoriesOption(),
         VqeCliOptions.NoiseMethodOption());

    /// <summary><c>--graph-format edgelist|gset|tsp|vrp</c>, overriding detection by extension.</summary>
    internal static Option<string?> GraphFormatOption() => new("--graph-format")
    {
        Description = "Input format edgelist|gset|tsp|vrp (default: from the extension)",
    };
}
