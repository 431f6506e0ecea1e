using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary>The VQE options (--ansatz, --layers, --optimizer, --shots, --seed, --initial) shared by molecule energy and scan.</summary>
public sealed class VqeCliOptions
{
    private readonly Option<string> _ansatz = new("--ansatz") { Description = "VQE ansatz: uccsd, hea, kupccgsd or adapt", DefaultValueFactory = _ => "uccsd" };
    private readonly Option<int?> _layers = new("--layers") { Description = "HEA layers L (default 2), k of k-UpCCGSD (default 2), or ADAPT's maximum operator count (default 30)" };
    private readonly Option<string> _optimizer = new("--optimizer") { Description = "VQE optimizer: lbfgs, nelder-mead, cobyla, spsa or adam", DefaultValueFactory = _ => "lbfgs" };
    private readonly Option<int?> _shots = new("--shots") { Description = "Also estimate the final VQE energy from this many measurement shots (mean ± standard error)" };
    private readonly Option<int> _seed = CommonOptions.Seed();
    private readonly Option<string> _initial = new("--initial") { Description = "VQE starting point: hf (all angles 0) or mp2 (UCCSD doubles from MP2 amplitudes)", DefaultValueFactory = _ => "hf" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_ansatz);
        command.Options.Add(_layers);
        command.Options.Add(_optimizer);
        command.Options.Add(_shots);
        command.Options.Add(_seed);
        command.Options.Add(_initial);
    }

    /// <summary>The parsed settings.</summary>
    public VqeMethodOptions Read(ParseResult p) =>
        new(p.GetValue(_ansatz)!, p.GetValue(_layers), p.GetValue(_optimizer)!, p.GetValue(_shots), p.GetValue(_seed), p.GetValue(_initial)!);
}
