using System.CommandLine;
using QuantumApps.Cli.Output;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>Options shared by several commands, created fresh per command.</summary>
public static class CommonOptions
{
    /// <summary><c>--format table|json</c> (default table).</summary>
    public static Option<OutputFormat> Format() => ChoiceOption.Create("--format", "Output format",
        [("table", OutputFormat.Table), ("json", OutputFormat.Json)], OutputFormat.Table);

    /// <summary>
    /// <c>--seed S</c>: every random choice is drawn from generators seeded with S (a 64-bit integer, default 42;
    /// <see cref="Simulator.SeededRandom"/>); anything else is a usage error naming the value.
    /// </summary>
    public static Option<long> Seed() => new("--seed")
    {
        Description = "Seed for every random choice (64-bit integer; reproducible runs)",
        HelpName = "integer",
        DefaultValueFactory = _ => 42,
        CustomParser = result =>
        {
            string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long seed)) return seed;
            result.AddError($"--seed '{token}' is not a 64-bit integer");
            return 42;
        },
    };

    /// <summary>
    /// <c>--quiet</c>: no progress on stderr (progress is shown only when stderr is a terminal anyway). One instance,
    /// recursive from the root, so every command has it.
    /// </summary>
    public static Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "No progress display on stderr",
        Recursive = true,
    };

    /// <summary>
    /// <c>--shard K/N</c>: compute only shard K (0-based) of N of the batch's <paramref name="items"/> and write a partial
    /// result for <c>quantumapps merge</c> (K/N as a Slurm array index or a Kubernetes indexed-Job completion index gives it).
    /// </summary>
    public static Option<Shard?> Shard(string items) => new("--shard")
    {
        Description = $"Compute only shard K of N (0-based) of the {items} and write a partial result for `quantumapps merge`",
        HelpName = "K/N",
        CustomParser = result =>
        {
            try
            {
                return Variational.Workflows.Shard.Parse(result.Tokens.Count == 1 ? result.Tokens[0].Value : "");
            }
            catch (ArgumentException e)
            {
                result.AddError(e.Message);
                return null;
            }
        },
    };
}
