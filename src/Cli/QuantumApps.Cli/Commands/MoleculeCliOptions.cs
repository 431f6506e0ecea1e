using System.CommandLine;
using QuantumApps.Chemistry.Fci;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary>
/// The options of <c>molecule energy</c>, declared once and reused by <c>molecule scan</c>: --basis, --methods, --charge,
/// --multiplicity, --frozen-core, --active-electrons, --active-orbitals, --mapping, --format and the VQE/noise options.
/// <see cref="Read"/> gives one <see cref="MoleculeEnergyOptions"/> record for both commands.
/// </summary>
public sealed class MoleculeCliOptions
{
    private readonly Option<string?> _basis = new("--basis") { Description = "Basis set: sto-3g (default), 6-31g, 6-31g* or a Gaussian94 (.gbs) file; XYZ input only", HelpName = "name|file" };
    private readonly Option<string> _methods;
    private readonly Option<int> _charge = new("--charge") { Description = "Total molecular charge (XYZ files carry none)", HelpName = "n", DefaultValueFactory = _ => 0 };
    private readonly Option<int> _multiplicity = new("--multiplicity") { Description = "Spin multiplicity 2S+1 (only 1: closed-shell RHF)", HelpName = "n", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> _frozenCore = new("--frozen-core") { Description = "Frozen core orbitals: auto (1 per Li-Ne, 5 per Na-Ar atom), none, or a number", HelpName = "auto|none|n" };
    private readonly Option<int?> _activeElectrons = new("--active-electrons") { Description = "Electrons in the active space (around the Fermi level)", HelpName = "n" };
    private readonly Option<int?> _activeOrbitals = new("--active-orbitals") { Description = "Spatial orbitals in the active space", HelpName = "n" };
    private readonly Option<string> _mapping = new("--mapping") { Description = "Qubit mapping", HelpName = MoleculeCliValues.MappingHelp, DefaultValueFactory = _ => "jordan-wigner" };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();
    private readonly Option<int?> _scfMaxIterations = ScfMaxIterationsOption();
    private readonly Option<FciSymmetry> _fciSymmetry = ChoiceOption.Create("--fci-symmetry",
        "FCI symmetry sectors: reference (the reference determinant's, as psi4's detci; a lower state of another symmetry is not seen), all (every sector, the ground state of the whole space) or none (no symmetry, one space)",
        [("reference", FciSymmetry.ReferenceSector), ("all", FciSymmetry.AllSectors), ("none", FciSymmetry.None)], FciSymmetry.ReferenceSector);
    private readonly VqeCliOptions _vqe = new();

    /// <summary>Declares the options; <paramref name="defaultMethods"/> is the --methods default of the command.</summary>
    public MoleculeCliOptions(string defaultMethods)
    {
        _methods = new Option<string>("--methods")
        {
            Description = "Comma-separated methods, run in this order (default " + defaultMethods + ")",
            HelpName = MoleculeCliValues.MethodsHelp,
            DefaultValueFactory = _ => defaultMethods,
        };
        _format.HelpName = "table|json";
    }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _basis, _methods, _charge, _multiplicity, _frozenCore, _activeElectrons, _activeOrbitals, _mapping, _format, _scfMaxIterations, _fciSymmetry })
            command.Options.Add(option);
        _vqe.AddTo(command);
    }

    /// <summary>The typed options (no noise model yet); an invalid named value throws (a usage error).</summary>
    public MoleculeEnergyOptions Read(ParseResult p, string file, string command)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new MoleculeEnergyOptions(file, p.GetValue(_basis), LadderMethodNames.Parse(p.GetValue(_methods), command), p.GetValue(_charge),
            p.GetValue(_multiplicity), p.GetValue(_frozenCore), p.GetValue(_activeElectrons), p.GetValue(_activeOrbitals),
            MoleculeCliValues.Mapping(p.GetValue(_mapping)!), p.GetValue(_format), _vqe.Read(p), p.GetValue(CommonOptions.Quiet),
            ScfMaxIterations: MoleculeCliValues.ScfMaxIterations(p.GetValue(_scfMaxIterations)), FciSymmetry: p.GetValue(_fciSymmetry));
    }

    /// <summary>The --scf-max-iterations option (shared with <c>molecule hamiltonian</c>).</summary>
    public static Option<int?> ScfMaxIterationsOption() => new("--scf-max-iterations")
    {
        Description = "Iteration limit of each SCF attempt (plain DIIS, each rescue, each stability follow-up; default 100)",
        HelpName = "n",
    };

    /// <summary><paramref name="o"/> with the --noise spec parsed (a bad spec throws a one-line error, exit 1).</summary>
    public MoleculeEnergyOptions WithNoise(ParseResult p, MoleculeEnergyOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return o with { Vqe = _vqe.WithNoise(p, o.Vqe ?? new VqeMethodOptions()) };
    }
}
