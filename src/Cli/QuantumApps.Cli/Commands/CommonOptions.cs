using System.CommandLine;
using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Commands;

/// <summary>Options shared by several commands, created fresh per command.</summary>
public static class CommonOptions
{
    /// <summary><c>--format table|json</c> (default table).</summary>
    public static Option<OutputFormat> Format() => ChoiceOption.Create("--format", "Output format",
        [("table", OutputFormat.Table), ("json", OutputFormat.Json)], OutputFormat.Table);

    /// <summary><c>--seed S</c>: every random choice is drawn from a generator seeded with S (default 42).</summary>
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed for every random choice (reproducible runs)",
        DefaultValueFactory = _ => 42,
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
}
