using System.CommandLine;
using System.CommandLine.Parsing;
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
        CustomParser = result => WholeNumber(result, "--seed", 42, long.MinValue, long.MaxValue),
    };

    /// <summary>
    /// The CLI's one whole-number option parser: the option's single token as a 64-bit integer in [<paramref name="min"/>,
    /// <paramref name="max"/>], or <paramref name="fallback"/> when the option has no token. Anything else is a parse error
    /// (exit 2) naming the option and the value, never a .NET type name: "--seed 'abc' is not a 64-bit integer" over the
    /// whole 64-bit range, "--p 'x' is not a whole number between 1 and 1000" otherwise.
    /// </summary>
    public static long WholeNumber(ArgumentResult result, string option, long fallback, long min, long max)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Tokens.Count == 0) return fallback;
        string token = result.Tokens[0].Value;
        if (long.TryParse(token, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long v) && v >= min && v <= max)
            return v;
        result.AddError(min == long.MinValue && max == long.MaxValue
            ? $"{option} '{token}' is not a 64-bit integer"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option} '{token}' is not a whole number between {min} and {max}"));
        return fallback;
    }

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
