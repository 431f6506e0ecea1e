using System.Text.Json;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// Issue 13 items 6 and 3 through the runners: <c>--methods ccsd(t)</c> in <c>molecule energy</c> (against psi4 1.3.2),
/// and a bond scan that keeps going past a geometry whose SCF fails.
/// </summary>
public class CcsdTAndPartialScanTests
{
    /// <summary>psi4 and we converge to 1e-10 Ha; HF/CCSD/CCSD(T) agree to 1e-8 Ha (Chemistry ReferenceEnergyTests, PerturbativeTriplesTests).</summary>
    private const double Psi4Tolerance = Tolerances.ScfHartree;

    /// <summary>H2O/STO-3G CCSD and CCSD(T), psi4 1.3.2: bench/chemistry/psi4_ccsd_t_references.{py,log} (C1, scf_type pk, conv, 1e-10, no frozen core).</summary>
    private const double Psi4Ccsd = -75.0124617015, Psi4CcsdT = -75.0125291112;

    private static string Data(string file) => RepositoryData.Molecule(file);

    private static JsonElement Energy(string methods, out int code)
    {
        var output = new StringWriter();
        code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2o.xyz"), Methods: LadderMethodNames.Parse(methods), Format: OutputFormat.Json, Quiet: true), output);
        return JsonDocument.Parse(output.ToString()).RootElement;
    }

    [Fact]
    public void CcsdTIsReportedBesideCcsdAndMatchesPsi4()
    {
        var json = Energy("hf,ccsd,ccsd(t)", out int code);
        Assert.Equal(0, code);
        var e = json.GetProperty("energies");
        Assert.Equal(Psi4Ccsd, e.GetProperty("ccsd").GetDouble(), Psi4Tolerance);
        Assert.Equal(Psi4CcsdT, e.GetProperty("ccsd(t)").GetDouble(), Psi4Tolerance);
        Assert.Equal(["hf", "ccsd", "ccsd(t)"], json.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("method").GetString()));

        // Alone (its own RCCSD run) and through the alias: the same energy.
        var alone = Energy("ccsd_t", out int aloneCode);
        Assert.Equal(0, aloneCode);
        Assert.Equal(e.GetProperty("ccsd(t)").GetDouble(), alone.GetProperty("energies").GetProperty("ccsd(t)").GetDouble(), Tolerances.Accumulated);
    }

    [Fact]
    public void CcsdtIsRefusedWithAHint()
    {
        var e = Assert.Throws<QuantumAppsException>(() => LadderMethodNames.Parse("hf,ccsdt"));
        Assert.Contains("ccsd(t)", e.Message);
        Assert.Equal(LadderMethods.CcsdT, LadderMethodNames.Parse("CCSD(T)"));
    }

    /// <summary>
    /// H2O/STO-3G symmetric-ish stretch of one O–H bond with every SCF attempt limited to 12 iterations: 1.4 Å
    /// converges, 2.0 Å does not (all four attempts of the rescue path stop at 12, measured). The failed point is kept
    /// with its reason, the scan does not stop, and the exit code is 3 (partial).
    /// </summary>
    [Fact]
    public void FailedScfAtOnePointKeepsTheOthers()
    {
        string dir = Directory.CreateTempSubdirectory("qa-scan-partial").FullName;
        try
        {
            string csv = Path.Combine(dir, "curve.csv");
            var options = new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2o.xyz"), Methods: LadderMethodNames.Parse("hf,mp2"), Format: OutputFormat.Json,
                Quiet: true, ScfMaxIterations: 12), "1.4:2.0:0.6", Out: csv);
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Partial, MoleculeScanRunner.Run(options, output));
            var points = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("points").EnumerateArray().ToArray();
            Assert.Equal(2, points.Length);
            Assert.Equal(JsonValueKind.Number, points[0].GetProperty("hf").ValueKind);
            Assert.Equal(JsonValueKind.Null, points[1].GetProperty("hf").ValueKind);
            Assert.Equal(JsonValueKind.Null, points[1].GetProperty("scfStability").ValueKind);
            foreach (var m in points[1].GetProperty("methodStatus").EnumerateArray())
            {
                Assert.Equal("failed", m.GetProperty("status").GetString());
                Assert.StartsWith("scf at 2.0000 Å: ", m.GetProperty("reason").GetString());
                Assert.Contains("did not converge", m.GetProperty("reason").GetString());
            }

            var lines = File.ReadAllLines(csv);
            Assert.Equal(3, lines.Length);
            Assert.Equal("bond_angstrom,hf,mp2", lines[0]);
            Assert.Equal("2,,", lines[2]);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void ScanWhereEveryPointFailsExitsOne()
    {
        var options = new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("hf"), Quiet: true, ScfMaxIterations: 1), "0.7:0.8:0.1");
        var output = new StringWriter();
        Assert.Equal(ExitCodes.Failure, MoleculeScanRunner.Run(options, output));
        string text = output.ToString();
        Assert.Contains("hf at 0.700 Å failed: scf at 0.7000 Å", text);
        Assert.Contains("hf at 0.800 Å failed: scf at 0.8000 Å", text);
    }
}
