using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps molecule scan</c>: potential-energy curve along one bond (the options of molecule energy plus the grid).</summary>
public static class MoleculeScanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "XYZ geometry in angstrom" };
        var bond = new Option<string>("--bond") { Description = "Bond lengths start:stop:step in angstrom, stop included (e.g. 0.3:3.0:0.1)", HelpName = "start:stop:step", Required = true };
        var pair = new Option<string>("--pair") { Description = "Atoms i,j (0-based) whose distance is scanned; atom j and its side move", HelpName = "i,j", DefaultValueFactory = _ => "0,1" };
        var output = new Option<string?>("--out") { Description = "CSV file for the curve (rewritten atomically after every point)", HelpName = "file" };
        var plot = new Option<string?>("--plot") { Description = "SVG file: energy curves and |E − E_FCI| on a log axis (rewritten after every point)", HelpName = "file" };
        var resume = new Option<bool>("--resume") { Description = "Keep the finished rows of an existing --out CSV (same --bond grid) and compute only the missing points" };
        var shard = CommonOptions.Shard("grid points");
        var molecule = new MoleculeCliOptions("hf,fci");
        var scan = new Command("scan", "Energy curve along a bond: RHF, MP2, CCSD, FCI and VQE at each bond length") { file, bond, pair, output, plot, resume, shard };
        molecule.AddTo(scan);
        scan.SetAction(p => MoleculeCliValues.Run(() => molecule.Read(p, p.GetValue(file)!, "molecule scan"), o => CliAction.Run(() => MoleculeScanRunner.Run(
            new MoleculeScanOptions(molecule.WithNoise(p, o), p.GetValue(bond)!, p.GetValue(pair)!, p.GetValue(output), p.GetValue(plot), p.GetValue(resume), p.GetValue(shard)),
            Console.Out, CliCancellation.Token))));
        return scan;
    }
}
