using QuantumApps.Variational.Workflows;
using QuantumApps.TestSupport;
using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Tests;

public class MoleculeEnergyRunnerTests
{
    /// <summary>Reference energies printed to 10 decimals.</summary>
    private const double ReferenceTolerance = 1e-8;

    private static string Data(string file) => RepositoryData.Molecule(file);

    [Fact]
    public void LiHJsonHasAllSectionsAndReferenceEnergies()
    {
        var output = new StringWriter();
        var code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("lih.xyz"), Methods: LadderMethodNames.Parse("hf,mp2,ccsd,fci"), Format: OutputFormat.Json), output);
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal("LiH", json.GetProperty("molecule").GetProperty("formula").GetString());
        Assert.Equal(6, json.GetProperty("molecule").GetProperty("basisFunctions").GetInt32());
        Assert.Equal(12, json.GetProperty("hamiltonian").GetProperty("qubits").GetInt32());
        Assert.Equal("jordan-wigner", json.GetProperty("hamiltonian").GetProperty("mapping").GetString());
        var e = json.GetProperty("energies");
        // psi4 1.3.2 (HF/MP2/CCSD) and FCI references from the task list for LiH STO-3G at 1.5949 Å.
        Assert.Equal(-7.8620269594, e.GetProperty("hf").GetDouble(), ReferenceTolerance);
        Assert.Equal(-7.8748908129, e.GetProperty("mp2").GetDouble(), ReferenceTolerance);
        Assert.Equal(-7.8823929156, e.GetProperty("ccsd").GetDouble(), ReferenceTolerance);
        Assert.Equal(-7.8824034103, e.GetProperty("fci").GetDouble(), ReferenceTolerance);
    }

    [Theory]
    [InlineData("h2o.xyz", "sto-3g", -75.0125782411)]
    [InlineData("h2.xyz", "6-31g", -1.1516827321)]
    public void FciMatchesTaskReferences(string file, string basis, double fci)
    {
        // FCI references from the task list (psi4 1.3.2), reached through our RHF → Jordan–Wigner → ExactSolver.
        var output = new StringWriter();
        MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data(file), basis, Methods: LadderMethodNames.Parse("fci"), Format: OutputFormat.Json), output);
        var e = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("energies");
        Assert.Equal(fci, e.GetProperty("fci").GetDouble(), ReferenceTolerance);
        Assert.Equal(JsonValueKind.Null, e.GetProperty("hf").ValueKind);
    }

    [Fact]
    public void FcidumpInputGivesTheSameEnergiesAsTheGeometry()
    {
        // Independent path: write the H2O frozen-core Hamiltonian to FCIDUMP, then run the command on the file.
        var xyz = new StringWriter();
        MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2o.xyz"), Methods: LadderMethodNames.Parse("hf,mp2"), FrozenCore: "auto", Format: OutputFormat.Json), xyz);
        var molecule = QuantumApps.Chemistry.IO.XyzReader.ReadFile(Data("h2o.xyz"));
        var h = QuantumApps.Chemistry.Pipeline.MoleculePipeline.Build(new(molecule, FrozenCore: "auto")).Hamiltonian;
        var path = Path.Combine(Path.GetTempPath(), $"qa-{Guid.NewGuid():N}.fcidump");
        try
        {
            QuantumApps.Chemistry.IO.FcidumpWriter.Write(path, h);
            var dump = new StringWriter();
            MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(path, Methods: LadderMethodNames.Parse("hf,mp2"), Format: OutputFormat.Json), dump);
            var a = JsonDocument.Parse(xyz.ToString()).RootElement.GetProperty("energies");
            var b = JsonDocument.Parse(dump.ToString()).RootElement.GetProperty("energies");
            Assert.Equal(a.GetProperty("hf").GetDouble(), b.GetProperty("hf").GetDouble(), ReferenceTolerance);
            Assert.Equal(a.GetProperty("mp2").GetDouble(), b.GetProperty("mp2").GetDouble(), ReferenceTolerance);
            // psi4 1.3.2 frozen-core MP2, H2O STO-3G (see Chemistry ReferenceEnergyTests).
            Assert.Equal(-74.9984690798, b.GetProperty("mp2").GetDouble(), ReferenceTolerance);
            Assert.Equal(JsonValueKind.Null, b.GetProperty("nuclearRepulsion").ValueKind);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TableNamesEveryRequestedEnergy()
    {
        var output = new StringWriter();
        MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("heh+.xyz"), Methods: LadderMethodNames.Parse("hf,fci"), Charge: 1), output);
        var text = output.ToString();
        Assert.Contains("E_HF / Ha", text);
        Assert.Contains("E_FCI / Ha", text);
        Assert.DoesNotContain("E_MP2", text);
        Assert.Contains("HeH", text);
    }

    [Theory]
    [InlineData("hf,cisd", 0, 1, "unknown method 'cisd'")]
    [InlineData("hf,,fci", 0, 1, "has an empty entry")]
    [InlineData("hf", 0, 3, "ROHF/UHF not implemented")]
    public void BadRequestsAreExplained(string methods, int charge, int multiplicity, string expected)
    {
        // Unknown or empty method names are refused when --methods is parsed; an open-shell request by the pipeline.
        var e = Assert.Throws<QuantumAppsException>(() =>
            MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2o.xyz"), Methods: LadderMethodNames.Parse(methods, "molecule energy"), Charge: charge, Multiplicity: multiplicity), new StringWriter()));
        Assert.Contains(expected, e.Message);
    }
}
