using System.CommandLine;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Problems.IO;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>quantumapps maxcut GRAPH [--methods exact,gw,sa,tabu,greedy,local,qaoa,cpsat] [--p P] [--seed S] [--format table|json]
/// [--graph-format edgelist|gset|tsp|vrp] [--time-limit SECONDS] [--restarts R] [--gw-certificate auto|dense|none]</c>, and the option helpers the tsp and vrp commands share: <c>--methods</c> and
/// <c>--graph-format</c> are parsed into the library's enums here, at the CLI edge, from the one name table of each
/// (<see cref="MethodNames"/>, <see cref="ProblemFiles.FormatNames"/>); an invalid value is one line <c>error: …</c> listing
/// the valid values and exit code <see cref="ExitCodes.Usage"/>.
/// </summary>
public static class MaxCutCommand
{
    public static Command Create()
    {
        var graph = new Argument<string>("GRAPH") { Description = "Graph file: .txt/.edges (0-based 'u v [w]'), .gset/.rudy (header 'n m', 1-based), .tsp/.vrp (complete graph)" };
        var methods = MethodsOption(MethodNames.MaxCut,
            $"exact only up to {MaxCutComparison.DefaultExactLimit} nodes and qaoa up to {MaxCutComparison.DefaultQaoaQubitLimit} qubits unless named");
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var graphFormat = GraphFormatOption();
        var (depth, optimizer, shots) = QaoaOptions();
        var (noise, trajectories, noiseMethod) = QaoaNoiseOptions();
        var timeLimit = BudgetOptions.TimeLimit("sa, tabu, local, gw, cpsat");
        var restarts = BudgetOptions.Restarts("sa, tabu, local, gw, cpsat, and qaoa: the --angles start plus R-1 seeded random ones");
        var angles = QaoaAnglesOption();
        var certificate = ChoiceOption.Create("--gw-certificate",
            $"Goemans-Williamson's dense O(n^3) dual bound: auto computes it up to {Problems.Heuristics.GoemansWilliamson.AutoCertificateNodes} nodes",
            [("auto", "auto"), ("dense", "dense"), ("none", "none")], "auto");
        var cmd = new Command("maxcut", "Weighted MaxCut by QAOA, exact Gray-code enumeration and classical heuristics")
        {
            graph, methods, seed, format, graphFormat, depth, optimizer, shots, noise, trajectories, noiseMethod, angles, timeLimit, restarts, certificate,
        };
        cmd.SetAction(p =>
        {
            if (!TryParseList(p.GetValue(methods), MethodNames.MaxCut, "--methods", out var list, out string? error)
                || !TryParseFormat(p.GetValue(graphFormat), out var gf, out error))
            {
                return Usage(error!);
            }

            var qaoa = new QaoaSettings(p.GetValue(depth), p.GetValue(optimizer)!, p.GetValue(shots), Noise: p.GetValue(noise),
                Trajectories: p.GetValue(trajectories), NoiseMethod: p.GetValue(noiseMethod)!, Angles: p.GetValue(angles)!, Restarts: p.GetValue(restarts) ?? 1);
            return CliAction.Run(() => MaxCutRunner.Run(
                new MaxCutOptions(p.GetValue(graph)!, list, p.GetValue(seed), p.GetValue(format), gf, qaoa, p.GetValue(CommonOptions.Quiet))
                {
                    TimeLimitSeconds = p.GetValue(timeLimit),
                    Restarts = p.GetValue(restarts),
                    GwCertificate = p.GetValue(certificate) switch { "dense" => true, "none" => false, _ => null },
                },
                Console.Out, Console.Error));
        });
        return cmd;
    }

    /// <summary>Writes <c>error: message</c> on stderr and returns <see cref="ExitCodes.Usage"/>.</summary>
    internal static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {ErrorText.Clean(message)}");
        return ExitCodes.Usage;
    }

    /// <summary><c>--methods a,b,c</c> with the valid names in the help.</summary>
    internal static Option<string?> MethodsOption<T>(IReadOnlyList<(string Name, T Value)> table, string defaults) => new("--methods")
    {
        Description = $"Comma-separated methods, run and reported in this order (default: all; {defaults})",
        HelpName = string.Join(",", table.Select(t => t.Name)),
    };

    /// <summary>
    /// Parses <c>--methods</c> against a name table: null (not given) stays null; names are case-insensitive, duplicates
    /// dropped, an unknown or empty entry refused with the valid names.
    /// </summary>
    internal static bool TryParseList<T>(string? text, IReadOnlyList<(string Name, T Value)> table, string option, out IReadOnlyList<T>? list, out string? error)
    {
        list = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        string valid = string.Join("|", table.Select(t => t.Name));
        var result = new List<T>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var hit = table.Where(t => string.Equals(t.Name, raw, StringComparison.OrdinalIgnoreCase)).ToArray();
            if (hit.Length == 0)
            {
                error = raw.Length == 0
                    ? $"{option} '{text}' has an empty entry (valid: {valid})"
                    : $"{option}: unknown method '{raw}' (valid: {valid})";
                return false;
            }

            if (!result.Contains(hit[0].Value))
            {
                result.Add(hit[0].Value);
            }
        }

        list = result;
        return true;
    }

    /// <summary>Parses <c>--graph-format</c> (null when not given).</summary>
    internal static bool TryParseFormat(string? text, out GraphFileFormat? format, out string? error)
    {
        format = null;
        error = null;
        if (text is null)
        {
            return true;
        }

        var hit = ProblemFiles.FormatNames.Where(f => string.Equals(f.Name, text.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
        if (hit.Length == 0)
        {
            error = $"--graph-format: unknown format '{text}' (valid: {string.Join("|", ProblemFiles.FormatNames.Select(f => f.Name))})";
            return false;
        }

        format = hit[0].Format;
        return true;
    }

    /// <summary><c>--graph-format edgelist|gset|tsp|vrp</c>, overriding detection by extension.</summary>
    internal static Option<string?> GraphFormatOption() => new("--graph-format")
    {
        Description = "Input format (default: from the extension)",
        HelpName = string.Join("|", ProblemFiles.FormatNames.Select(f => f.Name)),
    };

    /// <summary><c>--p</c>, <c>--optimizer</c> and <c>--shots</c> of the QAOA method.</summary>
    internal static (Option<int> Depth, Option<string> Optimizer, Option<int> Shots) QaoaOptions() =>
    (
        new("--p")
        {
            Description = $"QAOA depth p (layers of exp(-i gamma C) exp(-i beta sum X)), 1..{QaoaResources.MaxDepth}; outside that the qaoa method fails with the reason",
            HelpName = "integer",
            DefaultValueFactory = _ => 1,
            CustomParser = r => (int)CommonOptions.WholeNumber(r, "--p", 1, int.MinValue, int.MaxValue),
        },
        new("--optimizer") { Description = "QAOA optimizer", HelpName = "lbfgs|nelder-mead|cobyla|spsa|adam", DefaultValueFactory = _ => "lbfgs" },
        new("--shots")
        {
            Description = "Samples drawn (seeded) from the final QAOA state for the best sampled value",
            HelpName = "integer",
            DefaultValueFactory = _ => 1000,
            CustomParser = r => (int)CommonOptions.WholeNumber(r, "--shots", 1000, int.MinValue, int.MaxValue),
        }
    );

    /// <summary><c>--angles ramp|interp|grid|FILE</c> of the QAOA method (its restarts are the shared <c>--restarts</c>).</summary>
    internal static Option<string> QaoaAnglesOption() => new("--angles")
    {
        Description = "QAOA start angles: ramp (linear ramp at depth p), interp (p=1 from the ramp, then INTERP p -> p+1), "
            + "grid (global p=1 grid search, then INTERP; <C> never decreases with p), or a file of 2p angles (gammas then betas)",
        HelpName = "ramp|interp|grid|FILE",
        DefaultValueFactory = _ => "grid",
    };

    /// <summary><c>--noise</c>, <c>--trajectories</c> and <c>--noise-method</c> of the QAOA method.</summary>
    internal static (Option<string?> Noise, Option<int> Trajectories, Option<string> NoiseMethod) QaoaNoiseOptions() =>
        (VqeCliOptions.NoiseOption("After the noiseless optimisation, re-run the QAOA circuit (CNOT/RZ/RX gates) under this noise model"), VqeCliOptions.TrajectoriesOption(),
         VqeCliOptions.NoiseMethodOption());
}
