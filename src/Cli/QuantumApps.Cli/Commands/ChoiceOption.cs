using System.CommandLine;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// Options whose value is one of a fixed set of names (an enum at the library edge). The help shows the names
/// (<c>--format table|json</c>), never a .NET type name; a value outside the set is a parse error (exit 2) that lists
/// the valid names.
/// </summary>
public static class ChoiceOption
{
    /// <summary>
    /// An option mapping each name of <paramref name="choices"/> (case-insensitive; the first spelling of a value is the
    /// one shown) to its value.
    /// </summary>
    public static Option<T> Create<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices, T defaultValue)
    {
        string shown = string.Join("|", choices.Select(c => c.Value).Distinct().Select(v => choices.First(c => Equals(c.Value, v)).Name));
        return new Option<T>(name)
        {
            Description = description,
            HelpName = shown,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                foreach (var (n, v) in choices)
                    if (string.Equals(n, token, StringComparison.OrdinalIgnoreCase)) return v;
                result.AddError($"'{token}' is not a valid {name} (valid: {shown.Replace("|", ", ")})");
                return defaultValue;
            },
        };
    }
}
