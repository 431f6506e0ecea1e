using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps example ...</c>: small worked examples.</summary>
public static class ExampleCommands
{
    public static Command Create()
    {
        var x = new Option<string>("--x") { Description = "Inputs x0,x1 (radians) encoded by RY on wires 0 and 1", DefaultValueFactory = _ => "0.5,0.8" };
        var prms = new Option<string>("--params") { Description = "Weights phi0,theta0,omega0,phi1,theta1,omega1 of Rot on wires 0 and 1 (radians)", DefaultValueFactory = _ => "0.1,0.2,0.3,0.4,0.5,0.6" };
        var qasm = new Option<bool>("--qasm") { Description = "Also print the bound circuit as OpenQASM 2.0" };
        var format = CommonOptions.Format();
        var vqc = new Command("vqc", "The seed variational circuit: RY(x) encoding, Rot weights, CNOT(0,1); prints <Z0> and its gradient")
        {
            x, prms, qasm, format,
        };
        vqc.SetAction(p => CliAction.Run(() => SeedVqcRunner.Run(
            new SeedVqcOptions(NumberList.Parse(p.GetValue(x)!, "--x"), NumberList.Parse(p.GetValue(prms)!, "--params"), p.GetValue(qasm), p.GetValue(format)),
            Console.Out)));
        return new Command("example", "Small worked examples") { vqc };
    }
}
