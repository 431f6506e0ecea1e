using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// The VQE options (--ansatz, --layers, --optimizer, --shots, --seed, --initial) shared by molecule energy and scan;
/// with <c>withNoise</c> also --noise and --trajectories (molecule energy only: scan output has no noisy columns).
/// </summary>
public sealed class VqeCliOptions(bool withNoise = false)
{
    private readonly Option<string> _ansatz = new("--ansatz") { Description = "VQE ansatz: uccsd, hea, kupccgsd or adapt", DefaultValueFactory = _ => "uccsd" };
    private readonly Option<int?> _layers = new("--layers") { Description = "HEA layers L (default 2), k of k-UpCCGSD (default 2), or ADAPT's maximum operator count (default 30)" };
    private readonly Option<string> _optimizer = new("--optimizer") { Description = "VQE optimizer: lbfgs, nelder-mead, cobyla, spsa or adam", DefaultValueFactory = _ => "lbfgs" };
    private readonly Option<int?> _shots = new("--shots") { Description = "Also estimate the final VQE energy from this many measurement shots (mean ± standard error)" };
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly Option<string> _initial = new("--initial") { Description = "VQE starting point: hf (all angles 0) or mp2 (UCCSD doubles from MP2 amplitudes)", DefaultValueFactory = _ => "hf" };

    private readonly Option<string?> _noise = NoiseOption("After the noiseless optimisation, re-run the final VQE circuit under this noise model");
    private readonly Option<int> _trajectories = TrajectoriesOption();
    private readonly Option<string> _noiseMethod = NoiseMethodOption();

    /// <summary><c>--noise SPEC</c> (parsed by the runner, so a bad spec is a one-line error).</summary>
    internal static Option<string?> NoiseOption(string what) => new("--noise")
    {
        Description = what + ": depolarizing:p1,p2[;damping:g][;readout:r] (probabilities in [0, 1])",
    };

    /// <summary><c>--trajectories T</c> for the noisy evaluation.</summary>
    internal static Option<int> TrajectoriesOption() => new("--trajectories")
    {
        Description = "Noisy trajectories (trajectory method, and the noisy shot estimate)",
        DefaultValueFactory = _ => NoisyEvaluation.DefaultTrajectories,
    };

    /// <summary><c>--noise-method auto|density-matrix|trajectories</c>.</summary>
    internal static Option<string> NoiseMethodOption() => new("--noise-method")
    {
        Description = "Noisy simulator: auto (density matrix up to 12 qubits when 4^n x gates <= 2^30, else trajectories), density-matrix or trajectories",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_ansatz);
        command.Options.Add(_layers);
        command.Options.Add(_optimizer);
        command.Options.Add(_shots);
        command.Options.Add(_seed);
        command.Options.Add(_initial);
        if (withNoise)
        {
            command.Options.Add(_noise);
            command.Options.Add(_trajectories);
            command.Options.Add(_noiseMethod);
        }
    }

    /// <summary>The parsed settings.</summary>
    public VqeMethodOptions Read(ParseResult p) =>
        new(p.GetValue(_ansatz)!, p.GetValue(_layers), p.GetValue(_optimizer)!, p.GetValue(_shots), p.GetValue(_seed), p.GetValue(_initial)!,
            withNoise ? p.GetValue(_noise) : null, withNoise ? p.GetValue(_trajectories) : NoisyEvaluation.DefaultTrajectories,
            withNoise ? p.GetValue(_noiseMethod)! : "auto");
}
