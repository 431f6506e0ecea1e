using System.CommandLine;
using QuantumApps.Cli.Commands;

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
        return root;
    }

    public static int Main(string[] args) => BuildRoot().Parse(args).Invoke();
}
