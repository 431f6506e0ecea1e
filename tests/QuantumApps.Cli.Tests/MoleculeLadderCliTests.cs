using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>Partial results, exit codes and the scan's up-front checks of molecule energy / molecule scan.</summary>
public class MoleculeLadderCliTests
{
    /// <summary>Same as MoleculeEnergyRunnerTests: psi4 1.3.2 energies are printed to 10 decimals.</summary>
    private const double ReferenceTolerance = 1e-8;

    private static string Data(string file) => RepositoryData.Molecule(file);

    [Fact]
    public void FailedFciGivesPartialJsonAndExitCode3()
    {
        var output = new StringWriter();
        int code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("lih.xyz"), Methods: LadderMethodNames.Parse("hf,ccsd,fci"), Format: OutputFormat.Json,
            FciMemoryLimitBytes: 10_000), output);
        Assert.Equal(3, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        var methods = json.GetProperty("methods").EnumerateArray().ToDictionary(m => m.GetProperty("method").GetString()!);
        Assert.Equal("ok", methods["hf"].GetProperty("status").GetString());
        Assert.Equal("ok", methods["ccsd"].GetProperty("status").GetString());
        Assert.Equal("failed", methods["fci"].GetProperty("status").GetString());
        Assert.Contains("determinants", methods["fci"].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("energies").GetProperty("fci").ValueKind);
        // psi4 1.3.2 references for LiH STO-3G at 1.5949 Å (as in MoleculeEnergyRunnerTests): unchanged by the failure.
        Assert.Equal(-7.8620269594, json.GetProperty("energies").GetProperty("hf").GetDouble(), ReferenceTolerance);
        Assert.Equal(-7.8823929156, json.GetProperty("energies").GetProperty("ccsd").GetDouble(), ReferenceTolerance);
    }

    [Fact]
    public void TableModeShowsTheFailedMethodWithItsReason()
    {
        var output = new StringWriter();
        int code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("lih.xyz"), Methods: LadderMethodNames.Parse("hf,fci"), FciMemoryLimitBytes: 10_000), output);
        Assert.Equal(3, code);
        string text = output.ToString();
        Assert.Contains("E_HF / Ha", text);
        Assert.Contains("failed: fci:", text);
    }

    [Fact]
    public void ScanRefusesAnUnwritableOutBeforeAnyWork()
    {
        string dir = CliProcess.TempDir();
        try
        {
            // --out names a directory: refused before the first SCF (no CSV, no plot written).
            var e = Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(
                new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethods.Hf), "0.5:1.0:0.5", Out: dir,
                    Plot: Path.Combine(dir, "curve.svg")), new StringWriter()));
            Assert.Contains("is a directory", e.Message);
            Assert.False(File.Exists(Path.Combine(dir, "curve.svg")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void ResumeRefusesADifferentGridAndATruncatedRow()
    {
        string dir = CliProcess.TempDir();
        try
        {
            string csv = Path.Combine(dir, "curve.csv");
            var energy = new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethods.Hf);
            Assert.Equal(0, MoleculeScanRunner.Run(new MoleculeScanOptions(energy, "0.5:1.0:0.5", Out: csv), new StringWriter()));
            var grid = Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(new MoleculeScanOptions(energy, "0.6:1.2:0.3", Out: csv, Resume: true), new StringWriter()));
            Assert.Contains("is not on the grid 0.6:1.2:0.3", grid.Message);
            Assert.DoesNotContain('\n', grid.Message);
            File.WriteAllText(csv, File.ReadAllText(csv).TrimEnd('\n', '\r')[..^3]);
            var cut = Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(new MoleculeScanOptions(energy, "0.5:1.0:0.5", Out: csv, Resume: true), new StringWriter()));
            Assert.Contains("truncated row", cut.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>
    /// <c>--fci-symmetry</c> end to end: the reference sector (H2O/STO-3G: 133 of 441 determinants in the largest of
    /// 4 sectors), every sector, and no symmetry (one space of 441, the whole-space Davidson of earlier sessions) give
    /// the same FCI energy (the ground state is totally symmetric) to <see cref="Tolerances.Eigenvalue"/>, and equal psi4
    /// 1.3.2's detci FCI −75.0125782411 Ha (MoleculeEnergyRunnerTests' reference) to <see cref="ReferenceTolerance"/>;
    /// the size estimate on stderr names the sectors only when they are used; <c>molecule scan</c> takes the option too.
    /// </summary>
    [Fact]
    public void FciSymmetryModesAgreeAndTheEstimateNamesTheSectors()
    {
        var energies = new Dictionary<string, double>();
        foreach (string mode in new[] { "reference", "all", "none" })
        {
            var r = CliProcess.Run("molecule", "energy", Data("h2o.xyz"), "--methods", "fci", "--fci-symmetry", mode, "--format", "json");
            Assert.Equal(0, r.ExitCode);
            energies[mode] = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("energies").GetProperty("fci").GetDouble();
            if (mode == "none") Assert.Contains("fci: 441 determinants, about", r.StdErr);
            else Assert.Contains("fci: 441 determinants, 133 in the largest of 4 symmetry sectors", r.StdErr);
        }
        Assert.Equal(-75.0125782411, energies["reference"], ReferenceTolerance);
        Assert.Equal(energies["reference"], energies["all"], Tolerances.Eigenvalue);
        Assert.Equal(energies["reference"], energies["none"], Tolerances.Eigenvalue);
        var scan = CliProcess.Run("molecule", "scan", Data("h2.xyz"), "--bond", "0.7:0.8:0.1", "--methods", "fci", "--fci-symmetry", "none");
        Assert.Equal(0, scan.ExitCode);
    }

    [Theory]
    [InlineData("energy", "--mapping", "jw2", "--mapping must be one of jordan-wigner, parity, bravyi-kitaev, not 'jw2'")]
    [InlineData("energy", "--methods", "hf,cisd", "unknown method 'cisd'")]
    [InlineData("scan", "--noise-method", "exact", "--noise-method must be one of auto, density-matrix, trajectories")]
    [InlineData("scan", "--initial", "ccsd", "--initial: unknown initial point 'ccsd'")]
    [InlineData("energy", "--fci-symmetry", "c2v", "'c2v' is not a valid --fci-symmetry (valid: reference, all, none)")]
    public void InvalidTypedValuesAreUsageErrors(string command, string option, string value, string expected)
    {
        var args = new List<string> { "molecule", command, Data("h2.xyz"), option, value };
        if (command == "scan") args.AddRange(["--bond", "0.5:1.0:0.5"]);
        var r = CliProcess.Run(args.ToArray());
        Assert.Equal(2, r.ExitCode);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void HelpListsValidValuesWithoutDotNetTypeNames()
    {
        var r = CliProcess.Run("molecule", "scan", "--help");
        Assert.Contains("jordan-wigner|parity|bravyi-kitaev", r.StdOut);
        Assert.Contains("uccsd|hea|kupccgsd|adapt", r.StdOut);
        Assert.Contains("hf,mp2,ccsd,ccsd(t),fci,vqe", r.StdOut);
        Assert.DoesNotContain("System.", r.StdOut);
        Assert.DoesNotContain("<Json|Table>", r.StdOut);
    }
}
