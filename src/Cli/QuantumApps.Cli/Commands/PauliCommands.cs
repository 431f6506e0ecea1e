using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps pauli ...</c>: commands on Pauli-sum files.</summary>
public static class PauliCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Pauli-sum file (text format, or JSON when it ends in .json)" };
        var sector = new Option<int?>("--sector") { Description = "Restrict to basis states with this many 1 bits (particle number under Jordan–Wigner)" };
        var alpha = new Option<int?>("--alpha") { Description = "Restrict to this many set even bits (alpha electrons; use with --beta)" };
        var beta = new Option<int?>("--beta") { Description = "Restrict to this many set odd bits (beta electrons; use with --alpha)" };
        var format = CommonOptions.Format();
        var ground = new Command("ground-state", "Lowest eigenvalue of a Pauli sum (dense for small sectors, Lanczos otherwise)")
        {
            file, sector, alpha, beta, format,
        };
        ground.SetAction(p => CliAction.Run(() => PauliGroundStateRunner.Run(
            new PauliGroundStateOptions(p.GetValue(file)!, p.GetValue(sector), p.GetValue(alpha), p.GetValue(beta), p.GetValue(format)),
            Console.Out)));
        return new Command("pauli", "Work with Pauli-sum operators") { ground };
    }
}
