using System.CommandLine;
using System.Reflection;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps version</c>: the tool's version and runtime.</summary>
public static class VersionCommand
{
    /// <summary>The informational version of the CLI assembly.</summary>
    public static string Version =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static Command Create()
    {
        var cmd = new Command("version", "Print the QuantumApps version and runtime");
        cmd.SetAction(_ =>
        {
            Console.Out.WriteLine($"quantumapps {Version} (.NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription})");
            return 0;
        });
        return cmd;
    }
}
