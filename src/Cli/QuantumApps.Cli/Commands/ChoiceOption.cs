using System.CommandLine;
using System.CommandLine.Help;
using System.Runtime.CompilerServices;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// Options whose value is one of a fixed set of names (an enum at the library edge). The help shows the names
/// (<c>--format table|json</c>) and the default in the spelling the option accepts (<c>[default: table]</c>, not the
/// enum's .NET name <c>Table</c>), never a .NET type name; a value outside the set is a parse error (exit 2) that lists
/// the valid names.
/// </summary>
public static class ChoiceOption
{
    private static readonly ConditionalWeakTable<Option, string> DefaultNames = new();

    /// <summary>
    /// An option mapping each name of <paramref name="choices"/> (case-insensitive; the first spelling of a value is the
    /// one shown) to its value.
    /// </summary>
    public static Option<T> Create<T>(string name, string description, IReadOnlyList<(string Name, T Value)> choices, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string shown = string.Join("|", choices.Select(c => c.Value).Distinct().Select(v => choices.First(c => Equals(c.Value, v)).Name));
        var option = new Option<T>(name)
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
        DefaultNames.AddOrUpdate(option, choices.First(c => Equals(c.Value, defaultValue)).Name);
        return option;
    }

    /// <summary>
    /// The spelling of <paramref name="option"/>'s default that the help shows, when it is a choice option, else null.
    /// </summary>
    public static string? DefaultName(Option option) => DefaultNames.TryGetValue(option, out var n) ? n : null;

    /// <summary>
    /// Makes the help of every choice option under <paramref name="root"/> show its default by its option spelling
    /// (System.CommandLine would print the enum value's <c>ToString()</c>, e.g. <c>Logistic</c>). Call once on the
    /// finished command tree.
    /// </summary>
    public static void UseOptionSpellingInHelp(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Options.OfType<HelpOption>().FirstOrDefault()?.Action is not HelpAction help) return;
        void Walk(Command c)
        {
            foreach (var o in c.Options)
                if (DefaultName(o) is string shown)
                    help.Builder.CustomizeSymbol(o, null, null, _ => shown);
            foreach (var sub in c.Subcommands) Walk(sub);
        }
        Walk(root);
    }
}
