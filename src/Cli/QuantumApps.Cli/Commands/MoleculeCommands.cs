using System.CommandLine;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps molecule ...</c>: classical quantum chemistry on XYZ or FCIDUMP input.</summary>
public static class MoleculeCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "XYZ geometry in angstrom, or an FCIDUMP file (*.fcidump / &FCI header)" };
        var molecule = new MoleculeCliOptions("hf,mp2,ccsd");
        var energy = new Command("energy", "RHF, MP2, CCSD, FCI and VQE energies (hartree) of a molecule or an FCIDUMP Hamiltonian") { file };
        molecule.AddTo(energy);
        energy.SetAction(p => MoleculeCliValues.Run(() => molecule.Read(p, p.GetValue(file)!, "molecule energy"), o => CliAction.Run(() =>
            MoleculeEnergyRunner.Run(molecule.WithNoise(p, o), Console.Out, Console.Error, CliCancellation.Token))));
        var basis = new Option<string?>("--basis") { Description = "Basis set: sto-3g (default), 6-31g, 6-31g* or a Gaussian94 (.gbs) file; XYZ input only" };
        var charge = new Option<int>("--charge") { Description = "Total molecular charge (XYZ files carry none)", DefaultValueFactory = _ => 0 };
        var multiplicity = new Option<int>("--multiplicity") { Description = "Spin multiplicity 2S+1 (only 1: closed-shell RHF)", DefaultValueFactory = _ => 1 };
        var frozenCore = new Option<string?>("--frozen-core") { Description = "Frozen core orbitals: auto (1 per Li-Ne, 5 per Na-Ar atom), none, or a number" };
        var activeElectrons = new Option<int?>("--active-electrons") { Description = "Electrons in the active space (around the Fermi level)" };
        var activeOrbitals = new Option<int?>("--active-orbitals") { Description = "Spatial orbitals in the active space" };
        var mapping = new Option<string>("--mapping") { Description = "Qubit mapping", HelpName = MoleculeCliValues.MappingHelp, DefaultValueFactory = _ => "jordan-wigner" };
        var format = CommonOptions.Format();
        var scfMaxIterations = MoleculeCliOptions.ScfMaxIterationsOption();
        var reduction = new Option<bool>("--two-qubit-reduction") { Description = "Parity mapping only: remove the two qubits fixed by N_alpha and N parity" };
        var outFile = new Option<string?>("--out") { Description = "Write the Pauli Hamiltonian here (text format, qubit 0 first; JSON when the name ends in .json)" };
        var fcidump = new Option<string?>("--fcidump") { Description = "Write the (active-space) Hamiltonian as an FCIDUMP file" };
        var hamiltonian = new Command("hamiltonian", "Qubit Hamiltonian of a molecule or FCIDUMP: prints qubits and Pauli terms, writes the operator")
        {
            file, basis, charge, multiplicity, frozenCore, activeElectrons, activeOrbitals, mapping, reduction, outFile, fcidump, format, scfMaxIterations,
        };
        hamiltonian.SetAction(p => MoleculeCliValues.Run(() => (Kind: MoleculeCliValues.Mapping(p.GetValue(mapping)!), ScfMax: MoleculeCliValues.ScfMaxIterations(p.GetValue(scfMaxIterations))), v => CliAction.Run(() => MoleculeHamiltonianRunner.Run(
            new MoleculeHamiltonianOptions(
                new MoleculeEnergyOptions(p.GetValue(file)!, p.GetValue(basis), LadderMethods.Hf, p.GetValue(charge), p.GetValue(multiplicity),
                    p.GetValue(frozenCore), p.GetValue(activeElectrons), p.GetValue(activeOrbitals), v.Kind, p.GetValue(format),
                    ScfMaxIterations: v.ScfMax),
                p.GetValue(reduction), p.GetValue(outFile), p.GetValue(fcidump)),
            Console.Out))));
        return new Command("molecule", "Molecular electronic structure: integrals, RHF, MP2, CCSD, FCI, VQE") { energy, hamiltonian, MoleculeScanCommand.Create() };
    }
}
