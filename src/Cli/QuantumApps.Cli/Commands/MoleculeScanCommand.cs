using System.CommandLine;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Commands;

/// <summary><c>quantumapps molecule scan</c>: potential-energy curve along one bond.</summary>
public static class MoleculeScanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "XYZ geometry in angstrom" };
        var bond = new Option<string>("--bond") { Description = "Bond lengths start:stop:step in angstrom, stop included (e.g. 0.3:3.0:0.1)", Required = true };
        var pair = new Option<string>("--pair") { Description = "Atoms i,j (0-based) whose distance is scanned; atom j and its side move", DefaultValueFactory = _ => "0,1" };
        var methods = new Option<string>("--methods") { Description = "Comma-separated methods: hf, mp2, ccsd, fci, vqe", DefaultValueFactory = _ => "hf,fci" };
        var basis = new Option<string>("--basis") { Description = "Basis set: sto-3g, 6-31g, 6-31g* or a Gaussian94 (.gbs) file", DefaultValueFactory = _ => "sto-3g" };
        var charge = new Option<int>("--charge") { Description = "Total molecular charge", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "CSV file for the curve (rewritten atomically after every point)" };
        var plot = new Option<string?>("--plot") { Description = "SVG file: energy curves and |E − E_FCI| on a log axis" };
        var resume = new Option<bool>("--resume") { Description = "Keep the finished rows of an existing --out CSV and compute only the missing points" };
        var format = CommonOptions.Format();
        var vqe = new VqeCliOptions();
        var scan = new Command("scan", "Energy curve along a bond: RHF, MP2, CCSD, FCI and VQE at each bond length")
        {
            file, bond, pair, methods, basis, charge, output, plot, resume, format,
        };
        vqe.AddTo(scan);
        scan.SetAction(p => CliAction.Run(() => MoleculeScanRunner.Run(
            new MoleculeScanOptions(p.GetValue(file)!, p.GetValue(bond)!, p.GetValue(pair)!, p.GetValue(methods)!, p.GetValue(basis)!,
                p.GetValue(charge), vqe.Read(p), p.GetValue(output), p.GetValue(plot), p.GetValue(resume), p.GetValue(format)),
            Console.Out)));
        return scan;
    }
}
