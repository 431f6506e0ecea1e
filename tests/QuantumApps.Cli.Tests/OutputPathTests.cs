using QuantumApps.Variational.Workflows;
using QuantumApps.TestSupport;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// A command with several output files checks every output directory before it computes anything, so a bad second
/// path never leaves the first file written next to an exit code of 1.
/// </summary>
public class OutputPathTests
{
    private static string Data(string file) => RepositoryData.Molecule(file);

    [Fact]
    public void ScanWithABadPlotPathWritesNoCsv()
    {
        string dir = Directory.CreateTempSubdirectory("qa-out").FullName;
        try
        {
            string csv = Path.Combine(dir, "curve.csv");
            var e = Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(
                new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("hf")), "0.5:1.0:0.5", Out: csv, Plot: "/nonexistent-qa-dir/curve.svg"),
                new StringWriter()));
            Assert.Contains("/nonexistent-qa-dir/curve.svg: directory", e.Message);
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void HamiltonianWithABadFcidumpPathWritesNoPauliFile()
    {
        string dir = Directory.CreateTempSubdirectory("qa-out").FullName;
        try
        {
            string pauli = Path.Combine(dir, "h2.txt");
            var e = Assert.Throws<QuantumAppsException>(() => MoleculeHamiltonianRunner.Run(
                new MoleculeHamiltonianOptions(new MoleculeEnergyOptions(Data("h2.xyz")), false, pauli, "/nonexistent-qa-dir/h2.fcidump"),
                new StringWriter()));
            Assert.Contains("/nonexistent-qa-dir/h2.fcidump: directory", e.Message);
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
