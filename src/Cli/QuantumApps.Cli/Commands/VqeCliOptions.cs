using System.CommandLine;
using QuantumApps.Optimizers;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// The VQE options (--ansatz, --layers, --optimizer, --shots, --seed, --initial) and the noise options (--noise,
/// --trajectories, --noise-method) shared by molecule energy and molecule scan. Named values are converted to library
/// enums by <see cref="Read"/> (invalid: usage error); the --noise spec is parsed by <see cref="WithNoise"/> inside
/// the command action (invalid: exit 1, like other bad input).
/// </summary>
public sealed class VqeCliOptions
{
    private readonly Option<string> _ansatz = new("--ansatz")
    {
        Description = "VQE ansatz", HelpName = string.Join("|", VqeMethod.Ansatze), DefaultValueFactory = _ => "uccsd",
    };

    private readonly Option<int?> _layers = new("--layers") { Description = "HEA layers L (default 2), k of k-UpCCGSD (default 2), or ADAPT's maximum operator count (default 30)", HelpName = "n" };

    private readonly Option<string> _optimizer = new("--optimizer")
    {
        Description = "VQE optimizer", HelpName = string.Join("|", OptimizerFactory.Names), DefaultValueFactory = _ => "lbfgs",
    };

    private readonly Option<int?> _shots = new("--shots") { Description = "Also estimate the final VQE energy from this many measurement shots (mean ± standard error)", HelpName = "n" };

    private readonly Option<long> _seed = CommonOptions.Seed();

    private readonly Option<string> _initial = new("--initial")
    {
        Description = "VQE starting point: hf (all angles 0) or mp2 (UCCSD doubles from MP2 amplitudes)", HelpName = "hf|mp2", DefaultValueFactory = _ => "hf",
    };

    private readonly Option<string?> _noise = NoiseOption("After the noiseless optimisation, re-run the final VQE circuit under this noise model");
    private readonly Option<int> _trajectories = TrajectoriesOption();
    private readonly Option<string> _noiseMethod = NoiseMethodOption();

    /// <summary><c>--noise SPEC</c> (parsed by the runner, so a bad spec is a one-line error).</summary>
    internal static Option<string?> NoiseOption(string what) => new("--noise")
    {
        Description = what + ": depolarizing:p1,p2[;damping:g][;readout:r] (probabilities in [0, 1])",
        HelpName = "spec",
    };

    /// <summary><c>--trajectories T</c> for the noisy evaluation.</summary>
    internal static Option<int> TrajectoriesOption() => new("--trajectories")
    {
        Description = "Noisy trajectories (trajectory method, and the noisy shot estimate)",
        HelpName = "n",
        DefaultValueFactory = _ => NoisyEvaluation.DefaultTrajectories,
    };

    /// <summary><c>--noise-method auto|density-matrix|trajectories</c>.</summary>
    internal static Option<string> NoiseMethodOption() => new("--noise-method")
    {
        Description = "Noisy simulator: auto (density matrix up to 12 qubits when 4^n x gates <= 2^30, else trajectories), density-matrix or trajectories",
        HelpName = string.Join("|", NoisyEvaluation.Methods),
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _ansatz, _layers, _optimizer, _shots, _seed, _initial, _noise, _trajectories, _noiseMethod })
            command.Options.Add(option);
    }

    /// <summary>The parsed settings without the noise model; an invalid named value throws (a usage error).</summary>
    public VqeMethodOptions Read(ParseResult p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new VqeMethodOptions(VqeMethod.ParseAnsatz(p.GetValue(_ansatz)!), p.GetValue(_layers), MoleculeCliValues.Optimizer(p.GetValue(_optimizer)!),
            p.GetValue(_shots), p.GetValue(_seed), VqeMethod.ParseInitialPoint(p.GetValue(_initial)!), null, p.GetValue(_trajectories),
            NoisyEvaluation.ParseMethod(p.GetValue(_noiseMethod)!));
    }

    /// <summary><paramref name="vqe"/> with the --noise spec parsed (a bad spec throws a one-line error).</summary>
    public VqeMethodOptions WithNoise(ParseResult p, VqeMethodOptions vqe) =>
        vqe with { Noise = NoisyEvaluation.ParseSpec(p.GetValue(_noise)) };
}
