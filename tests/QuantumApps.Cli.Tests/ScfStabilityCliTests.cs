using QuantumApps.Variational.Workflows;
using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// SCF information (convergence, guess, RHF → RHF stability) in the molecule commands. References: psi4 1.3.2, H2/STO-3G
/// at 20 Å, D2h, docc [1,0,0,0,0,0,0,0], `reference rhf, scf_type pk, guess sad, e_convergence 1e-10, d_convergence
/// 1e-10, stability_analysis check`, bond in bohr with 1 bohr = 0.52917721092 Å: E_RHF = -0.5590901574, lowest
/// singlet stability eigenvalue 0.748147, E_CCSD = E_FCI = -0.9331636991
/// (tests/QuantumApps.Chemistry.Tests/References/psi4-h2-stretched.log).
/// </summary>
public class ScfStabilityCliTests
{
    [Fact]
    public void StretchedH2JsonReportsTheStableRhfAndExactCcsd()
    {
        WithH2At20Angstrom(path =>
        {
            var output = new StringWriter();
            Assert.Equal(0, MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(path, Methods: LadderMethodNames.Parse("hf,ccsd,fci"), Format: OutputFormat.Json), output));
            var json = JsonDocument.Parse(output.ToString()).RootElement;
            var e = json.GetProperty("energies");
            Assert.Equal(-0.5590901574, e.GetProperty("hf").GetDouble(), Tolerances.ScfHartree);
            Assert.Equal(-0.9331636991, e.GetProperty("ccsd").GetDouble(), Tolerances.ScfHartree);
            Assert.Equal(-0.9331636991, e.GetProperty("fci").GetDouble(), Tolerances.ScfHartree);
            var scf = json.GetProperty("scf");
            Assert.True(scf.GetProperty("converged").GetBoolean());
            Assert.Equal("symmetrised-gwh", scf.GetProperty("guess").GetString());
            Assert.Equal("stable", scf.GetProperty("stability").GetString());
            Assert.Equal(0.748147, scf.GetProperty("lowestHessianEigenvalue").GetDouble(), Tolerances.Psi4SixDecimals);
            Assert.Equal(0, scf.GetProperty("stabilityFollows").GetInt32());
        });
    }

    [Fact]
    public void TablesShowTheStabilityRow()
    {
        WithH2At20Angstrom(path =>
        {
            var energy = new StringWriter();
            MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(path, Methods: LadderMethodNames.Parse("hf")), energy);
            Assert.Contains("RHF stability", energy.ToString());
            Assert.Contains("stable (lowest RHF->RHF Hessian eigenvalue 0.748147 Ha)", energy.ToString());
            var hamiltonian = new StringWriter();
            MoleculeHamiltonianRunner.Run(new MoleculeHamiltonianOptions(new MoleculeEnergyOptions(path), false, null, null), hamiltonian);
            Assert.Contains("RHF stability", hamiltonian.ToString());
        });
    }

    [Fact]
    public void ScanRowsCarryTheStabilityOfEachPoint()
    {
        var output = new StringWriter();
        Assert.Equal(0, MoleculeScanRunner.Run(new MoleculeScanOptions(new MoleculeEnergyOptions(RepositoryData.Molecule("h2.xyz"), Methods: LadderMethodNames.Parse("hf"), Format: OutputFormat.Json), "5:20:15"), output));
        var points = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("points");
        Assert.Equal(2, points.GetArrayLength());
        foreach (var p in points.EnumerateArray())
        {
            Assert.Equal("stable", p.GetProperty("scfStability").GetString());
            Assert.True(p.GetProperty("lowestHessianEigenvalue").GetDouble() > 0);
        }

        // psi4 1.3.2 (settings above) at 20 Å: -0.5590901574.
        Assert.Equal(-0.5590901574, points[1].GetProperty("hf").GetDouble(), Tolerances.ScfHartree);
    }

    private static void WithH2At20Angstrom(Action<string> body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qa-h2-20-{Guid.NewGuid():N}.xyz");
        File.WriteAllText(path, "2\nH2 at 20 A\nH 0.0 0.0 0.0\nH 0.0 0.0 20.0\n");
        try
        {
            body(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
