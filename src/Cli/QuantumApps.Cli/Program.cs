using System.CommandLine;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;

namespace QuantumApps.Cli;

/// <summary>Entry point of the <c>quantumapps</c> command: declares the command tree and runs it.</summary>
public static class Program
{
    /// <summary>The full command tree (also used by the CLI tests).</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("QuantumApps: honest quantum chemistry and combinatorial optimisation on a classical state-vector simulator");
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(PauliCommands.Create());
        root.Subcommands.Add(ExampleCommands.Create());
        root.Subcommands.Add(MoleculeCommands.Create());
        root.Subcommands.Add(MaxCutCommand.Create());
        root.Subcommands.Add(TspCommand.Create());
        root.Subcommands.Add(VrpCommand.Create());
        root.Subcommands.Add(NoiseCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(MergeCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(AnnealStudyCommand.Create());
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
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count == 0) return parse.Invoke();
        Console.Error.WriteLine(ParseErrorLine(parse));
        return ExitCodes.Usage;
    }

    /// <summary>The one-line message for a failed parse: every parser error, joined by "; ", and where help is.</summary>
    public static string ParseErrorLine(ParseResult parse) =>
        "error: " + ErrorText.Clean(string.Join("; ", parse.Errors.Select(e => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'))))
        + " (--help lists the options)";
}
