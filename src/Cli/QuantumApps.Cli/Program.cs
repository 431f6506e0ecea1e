using System.CommandLine;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;

namespace QuantumApps.Cli;

/// <summary>Entry point of the <c>quantumapps</c> command: declares the command tree and runs it.</summary>
public static class Program
{
    /// <summary>The top-level commands, by name, with the factory that builds each one's subtree.</summary>
    private static readonly (string Name, Func<Command> Create)[] Commands =
    [
        ("version", VersionCommand.Create),
        ("pauli", PauliCommands.Create),
        ("example", ExampleCommands.Create),
        ("molecule", MoleculeCommands.Create),
        ("maxcut", MaxCutCommand.Create),
        ("tsp", TspCommand.Create),
        ("vrp", VrpCommand.Create),
        ("noise", NoiseCommand.Create),
        ("report", ReportCommand.Create),
        ("merge", MergeCommand.Create),
        ("classify", ClassifyCommand.Create),
        ("anneal-study", AnnealStudyCommand.Create),
    ];

    /// <summary>The full command tree (also used by the CLI tests).</summary>
    public static RootCommand BuildRoot() => BuildRoot(null);

    /// <summary>
    /// The command tree for <paramref name="args"/>: when the first argument names a top-level command, only that
    /// command's subtree is built (the others' options, choices and help texts cost start-up time and cannot be reached);
    /// otherwise — root options, <c>--help</c>, a misspelt command whose error suggests the right one — the full tree.
    /// Parsing and help of the reachable commands are the same either way.
    /// </summary>
    public static RootCommand BuildRoot(string[]? args)
    {
        var root = new RootCommand("QuantumApps: honest quantum chemistry and combinatorial optimisation on a classical state-vector simulator");
        string? first = args is { Length: > 0 } ? args[0] : null;
        bool one = Array.Exists(Commands, c => c.Name == first);
        foreach (var (name, create) in Commands)
            if (!one || name == first) root.Subcommands.Add(create());
        root.Options.Add(CommonOptions.Quiet);
        ChoiceOption.UseOptionSpellingInHelp(root);
        return root;
    }

    /// <summary>
    /// Parses and runs the command. A parse error (unknown command or option, a value of the wrong type or outside its
    /// valid names, a missing argument) is one line <c>error: …</c> on stderr with exit code 2 (<see cref="ExitCodes.Usage"/>)
    /// instead of the help text.
    /// </summary>
    public static int Main(string[] args)
    {
        CliCancellation.Install();
        var parse = BuildRoot(args).Parse(args);
        if (parse.Errors.Count == 0) return parse.Invoke();
        Console.Error.WriteLine(ParseErrorLine(parse));
        return ExitCodes.Usage;
    }

    /// <summary>The one-line message for a failed parse: every parser error, joined by "; ", and where help is.</summary>
    public static string ParseErrorLine(ParseResult parse) =>
        "error: " + ErrorText.Clean(string.Join("; ", parse.Errors.Select(e => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'))))
        + " (--help lists the options)";
}
