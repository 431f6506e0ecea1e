using System.CommandLine;
using System.Globalization;
using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// <c>--time-limit SECONDS</c> and <c>--restarts R</c> of the classical heuristics (<see cref="SearchBudget"/>): parsed
/// here at the CLI edge; a value that is not a positive finite number of seconds, or a restart count below 1, is a
/// usage error naming the value.
/// </summary>
public static class BudgetOptions
{
    /// <summary>Largest accepted time limit (<see cref="SearchBudget.MaxSeconds"/>: one day).</summary>
    public const double MaxSeconds = SearchBudget.MaxSeconds;

    /// <summary><c>--time-limit SECONDS</c> (null when not given).</summary>
    public static Option<double?> TimeLimit(string methods) => new("--time-limit")
    {
        Description = $"Wall-clock budget in seconds of each heuristic ({methods}); restarts share it equally",
        HelpName = "seconds",
        CustomParser = r =>
        {
            string token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s > 0 && s <= MaxSeconds) return s;
            r.AddError($"--time-limit '{token}' is not a number of seconds in (0, {MaxSeconds}]");
            return null;
        },
    };

    /// <summary><c>--restarts R</c> (null when not given: each method's default).</summary>
    public static Option<int?> Restarts(string methods) => new("--restarts")
    {
        Description = $"Independent starts of each heuristic ({methods}), best kept (default: each method's own; local 20)",
        HelpName = "integer",
        CustomParser = r =>
        {
            string token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k is >= 1 and <= 1_000_000) return k;
            r.AddError($"--restarts '{token}' is not a whole number between 1 and 1000000");
            return null;
        },
    };
}
