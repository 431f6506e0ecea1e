using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
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
    private static readonly ConditionalWeakTable<Option, Default> Defaults = new();

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
        Defaults.AddOrUpdate(option, new Default(defaultValue?.ToString() ?? "", choices.First(c => Equals(c.Value, defaultValue)).Name));
        return option;
    }

    /// <summary>
    /// The spelling of <paramref name="option"/>'s default that the help shows, when it is a choice option, else null.
    /// </summary>
    public static string? DefaultName(Option option) => Defaults.TryGetValue(option, out var d) ? d.Shown : null;

    /// <summary>
    /// Makes the help of every choice option show its default by its option spelling (System.CommandLine prints the enum
    /// value's <c>ToString()</c>, e.g. <c>[default: Logistic]</c>, and keeps its help builder internal): the root's help
    /// action is wrapped by one that rewrites those defaults. Call once on the finished command tree.
    /// </summary>
    public static void UseOptionSpellingInHelp(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var help = root.Options.OfType<HelpOption>().FirstOrDefault();
        if (help?.Action is HelpAction inner) help.Action = new SpelledDefaultsHelp(inner);
    }

    /// <summary>The help text of <paramref name="command"/> with every choice default replaced by its option spelling.</summary>
    internal static string Respell(string help, Command command)
    {
        foreach (var o in command.Options)
        {
            if (!Defaults.TryGetValue(o, out var d) || d.DotNet == d.Shown) continue;
            (string dotnet, string shown) = (d.DotNet, d.Shown);
            // the value is on the option's row or on one of its continuation lines (indented 4+ spaces; option rows have 2),
            // and the help may wrap between "[default:" and the value: keep whatever is there
            help = Regex.Replace(help, "(" + Regex.Escape(o.Name) + @"\b[^\n]*?(?:\n {4,}[^\n]*?)*?\[default:\s+)" + Regex.Escape(dotnet) + @"\]",
                m => m.Groups[1].Value + shown + "]");
        }
        return help;
    }

    /// <summary>A choice option's default as System.CommandLine prints it (<c>ToString()</c>) and as the option spells it.</summary>
    private sealed record Default(string DotNet, string Shown);

    private sealed class SpelledDefaultsHelp(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => inner.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var config = parseResult.InvocationConfiguration;
            var output = config.Output;
            var buffer = new StringWriter();
            config.Output = buffer;
            int code;
            try
            {
                code = inner.Invoke(parseResult);
            }
            finally
            {
                config.Output = output;
            }
            output.Write(Respell(buffer.ToString(), parseResult.CommandResult.Command));
            return code;
        }
    }
}
