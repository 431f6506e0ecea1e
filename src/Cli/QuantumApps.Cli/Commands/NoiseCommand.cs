using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps noise ghz --noise SPEC [--qubits N] [--shots S] [--trajectories T] [--seed S] [--format table|json]</c>.</summary>
public static class NoiseCommand
{
    public static Command Create()
    {
        var noise = new Option<string>("--noise") { Description = "Noise model: depolarizing:p1,p2[;damping:g][;readout:r] (probabilities in [0, 1])", Required = true };
        var qubits = new Option<int>("--qubits") { Description = "GHZ size n (2..12)", DefaultValueFactory = _ => 4 };
        var shots = new Option<int>("--shots") { Description = "Total shots of the sampled estimate", DefaultValueFactory = _ => 20_000 };
        var trajectories = new Option<int>("--trajectories") { Description = "Noisy trajectories the shots are spread over", DefaultValueFactory = _ => 200 };
        var seed = CommonOptions.Seed();
        var format = CommonOptions.Format();
        var ghz = new Command("ghz", "GHZ state under noise: density-matrix values versus shot/trajectory estimates");
        foreach (var o in new Option[] { noise, qubits, shots, trajectories, seed, format }) ghz.Options.Add(o);
        ghz.SetAction(p => CliAction.Run(() => NoiseGhzRunner.Run(
            new NoiseGhzOptions(p.GetValue(noise)!, p.GetValue(qubits), p.GetValue(shots), p.GetValue(trajectories), p.GetValue(seed), p.GetValue(format)), Console.Out)));
        var cmd = new Command("noise", "Noisy simulation (depolarizing, amplitude damping, readout error)");
        cmd.Subcommands.Add(ghz);
        return cmd;
    }
}
