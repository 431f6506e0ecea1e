using QuantumApps.Variational.Workflows;
using System.Globalization;
using System.Text.Json;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests;

public class VqeCliTests
{
    /// <summary>Variational principle: VQE never below FCI; 1e-9 Ha for the exact solver's rounding.</summary>
    private const double VariationalSlack = 1e-9;

    /// <summary>UCCSD is exact for two electrons; L-BFGS stops at a relative gradient of 1e-6 (issue target 1e-6 Ha).</summary>
    private const double TwoElectronTolerance = 1e-6;

    /// <summary>Geometry after a stretch: a few bohr↔Å conversions, so 1e-12 Å.</summary>
    private const double GeometryTolerance = 1e-12;

    private static string Data(string file) => RepositoryData.Molecule(file);

    [Fact]
    public void MoleculeEnergyVqeJsonHasTheVqeObject()
    {
        var output = new StringWriter();
        int code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("hf,fci,vqe"), Format: OutputFormat.Json,
            Vqe: new VqeMethodOptions(Shots: 20_000, Seed: 5)), output);
        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        double fci = json.GetProperty("energies").GetProperty("fci").GetDouble();
        double vqe = json.GetProperty("energies").GetProperty("vqe").GetDouble();
        Assert.True(vqe >= fci - VariationalSlack);
        Assert.Equal(fci, vqe, TwoElectronTolerance);
        var v = json.GetProperty("vqe");
        Assert.Equal("uccsd", v.GetProperty("ansatz").GetString());
        Assert.Equal("lbfgs", v.GetProperty("optimizer").GetString());
        Assert.Equal(3, v.GetProperty("parameters").GetInt32());
        Assert.True(v.GetProperty("converged").GetBoolean());
        Assert.Equal("converged", v.GetProperty("exitReason").GetString());
        Assert.Equal(64, v.GetProperty("cnots").GetInt32()); // hand count in VqeVariantsTests (Optimization.Tests)
        Assert.True(v.GetProperty("cnotsLinear").GetInt32() >= 64);
        Assert.Equal(5, v.GetProperty("measurementGroups").GetInt32());
        Assert.True(v.GetProperty("shotsForChemicalAccuracy").GetInt64() > 0);
        Assert.Equal(20_000, v.GetProperty("shots").GetInt32());
        double se = v.GetProperty("standardError").GetDouble();
        Assert.True(se > 0);
        // The sampled mean scatters around the exact expectation with standard error se: 5σ cannot fail by chance in practice.
        Assert.True(Math.Abs(v.GetProperty("shotEnergy").GetDouble() - vqe) < 5 * se);
    }

    [Fact]
    public void AnAnsatzWithoutParametersReportsItsFixedStateInsteadOfFailing()
    {
        // He in STO-3G: one spatial orbital, two electrons, so UCCSD has no excitations and the only determinant is
        // the Hartree–Fock one. Expected: E_VQE equals our RHF energy and our FCI (two independent code paths) to the
        // SCF tolerance, one evaluation, exit stationary-start; HF and FCI are still reported (they used to be lost
        // with "ansatz uccsd has no parameters").
        string xyz = Path.Combine(Path.GetTempPath(), $"he-{Guid.NewGuid():N}.xyz");
        File.WriteAllText(xyz, "1\nhelium\nHe 0 0 0\n");
        try
        {
            var output = new StringWriter();
            int code = MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(xyz, Methods: LadderMethodNames.Parse("hf,fci,vqe"), Format: OutputFormat.Json), output);
            Assert.Equal(0, code);
            var json = JsonDocument.Parse(output.ToString()).RootElement;
            var e = json.GetProperty("energies");
            Assert.Equal(e.GetProperty("hf").GetDouble(), e.GetProperty("vqe").GetDouble(), Tolerances.ScfHartree);
            Assert.Equal(e.GetProperty("fci").GetDouble(), e.GetProperty("vqe").GetDouble(), Tolerances.ScfHartree);
            var v = json.GetProperty("vqe");
            Assert.Equal(0, v.GetProperty("parameters").GetInt32());
            Assert.Equal(1, v.GetProperty("evaluations").GetInt32());
            Assert.Equal("stationary-start", v.GetProperty("exitReason").GetString());
        }
        finally
        {
            File.Delete(xyz);
        }
    }

    /// <summary>
    /// The optimizer really optimizes through the CLI: UCCSD, 1-UpCCGSD and ADAPT are exact for two electrons, so with
    /// L-BFGS they must reach H2's FCI energy (an independent exact diagonalisation in the same run), not just stay above it.
    /// </summary>
    [Theory]
    [InlineData("uccsd")]
    [InlineData("kupccgsd")]
    [InlineData("adapt")]
    public void ExactAnsatzeReachFci(string ansatz)
    {
        var output = new StringWriter();
        MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("fci,vqe"), Format: OutputFormat.Json,
            Vqe: new VqeMethodOptions(VqeMethod.ParseAnsatz(ansatz), Layers: 1)), output);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        double fci = json.GetProperty("energies").GetProperty("fci").GetDouble();
        Assert.Equal(fci, json.GetProperty("vqe").GetProperty("energy").GetDouble(), Tolerances.VqeExactAnsatzHartree);
    }

    [Theory]
    [InlineData("hea", "cobyla")]
    [InlineData("kupccgsd", "lbfgs")]
    [InlineData("adapt", "lbfgs")]
    [InlineData("uccsd", "spsa")]
    public void EveryAnsatzAndOptimizerStaysAboveFci(string ansatz, string optimizer)
    {
        var output = new StringWriter();
        MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("fci,vqe"), Format: OutputFormat.Json,
            Vqe: new VqeMethodOptions(VqeMethod.ParseAnsatz(ansatz), Layers: 1, Optimizer: Optimizers.OptimizerFactory.Parse(optimizer))), output);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        double fci = json.GetProperty("energies").GetProperty("fci").GetDouble();
        var v = json.GetProperty("vqe");
        Assert.True(v.GetProperty("energy").GetDouble() >= fci - VariationalSlack);
        // Non-convergence is never reported as converged.
        Assert.Equal(v.GetProperty("exitReason").GetString() == "converged" || v.GetProperty("exitReason").GetString() == "gradient-converged",
            v.GetProperty("converged").GetBoolean());
    }

    [Theory]
    [InlineData("uccsdt", "lbfgs", "valid ansätze: uccsd, hea, kupccgsd, adapt")]
    [InlineData("uccsd", "bfgs", "valid optimizers: lbfgs, nelder-mead, cobyla, spsa, adam")]
    public void UnknownAnsatzOrOptimizerListsTheValidOnes(string ansatz, string optimizer, string expected)
    {
        // Typed options: an invalid name is a usage error at the CLI edge (one line, exit code 2).
        var r = CliProcess.Run("molecule", "energy", Data("h2.xyz"), "--methods", "vqe", "--ansatz", ansatz, "--optimizer", optimizer);
        Assert.Equal(2, r.ExitCode);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(expected, line);
        Assert.Equal("", r.StdOut);
    }

    [Fact]
    public void TooManyQubitsAreRefusedWithTheMemoryNeeded()
    {
        // 31 spatial orbitals → 62 qubits: 2^62 amplitudes can never be allocated; refused before any allocation.
        var h = new Chemistry.Hamiltonians.MolecularHamiltonian(0, 31, 1, 1, new double[31 * 31], new double[31 * 31 * 31 * 31]);
        var e = Assert.Throws<QuantumAppsException>(() => VqeMethod.EnsureFits(h));
        Assert.Contains("needs", e.Message);
        Assert.Contains("62 qubits", e.Message);
    }

    [Fact]
    public void StretchMovesOnlyTheSideOfAtomJ()
    {
        // Water: stretching O(0)–H(1) moves H1 only; the other O–H distance and H2's position stay.
        var water = XyzReader.ReadFile(Data("h2o.xyz"));
        Assert.Equal([1], BondStretcher.MovingAtoms(water, 0, 1));
        var stretched = BondStretcher.Stretch(water, 0, 1, 1.5);
        double Distance(Chemistry.Molecules.Molecule m, int a, int b) => m.Atoms[a].DistanceBohr(m.Atoms[b]) * Chemistry.Molecules.PhysicalConstants.AngstromPerBohr;
        Assert.Equal(1.5, Distance(stretched, 0, 1), GeometryTolerance);
        Assert.Equal(Distance(water, 0, 2), Distance(stretched, 0, 2), GeometryTolerance);
        Assert.Equal(water.Atoms[2], stretched.Atoms[2]);
        // BeH2 H(1)–Be(0)–H(2): stretching Be–H1 from Be's side moves H1 only; from H1's side, Be and H2 move.
        var beh2 = XyzReader.ReadFile(Data("beh2.xyz"));
        Assert.Equal([1], BondStretcher.MovingAtoms(beh2, 0, 1));
        Assert.Equal([0, 2], BondStretcher.MovingAtoms(beh2, 1, 0));
    }

    [Fact]
    public void StretchingARingBondIsRefused()
    {
        // A triangle of H atoms 0.8 Å apart: removing 0–1 leaves 1 connected to 0 through 2.
        var ring = XyzReader.Parse("3\nH3 ring\nH 0 0 0\nH 0.8 0 0\nH 0.4 0.6928 0\n", "ring.xyz", charge: 1);
        var e = Assert.Throws<QuantumAppsException>(() => BondStretcher.MovingAtoms(ring, 0, 1));
        Assert.Contains("ring", e.Message);
    }

    [Fact]
    public void ScanWritesCsvAndSvgAndResumesOnlyMissingPoints()
    {
        string dir = Directory.CreateTempSubdirectory("qa-scan").FullName;
        try
        {
            string csv = Path.Combine(dir, "curve.csv"), svg = Path.Combine(dir, "curve.svg");
            var options = new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("hf,mp2,ccsd,fci,vqe"), Format: OutputFormat.Json), "0.5:1.5:0.25",
                Out: csv, Plot: svg);
            var output = new StringWriter();
            Assert.Equal(0, MoleculeScanRunner.Run(options, output));
            var json = JsonDocument.Parse(output.ToString()).RootElement;
            Assert.Equal(5, json.GetProperty("computedPoints").GetInt32());
            var lines = File.ReadAllLines(csv);
            Assert.Equal("bond_angstrom,hf,mp2,ccsd,fci,vqe,vqe_error,vqe_exit", lines[0]);
            Assert.Equal(6, lines.Length);
            foreach (var row in lines.Skip(1))
            {
                var cells = row.Split(',');
                double fci = double.Parse(cells[4], CultureInfo.InvariantCulture), vqe = double.Parse(cells[5], CultureInfo.InvariantCulture);
                Assert.True(vqe >= fci - VariationalSlack);
                Assert.Equal(fci, vqe, TwoElectronTolerance);
                // Two electrons: CCSD is exact too (independent CC code vs exact diagonalisation).
                Assert.Equal(fci, double.Parse(cells[3], CultureInfo.InvariantCulture), TwoElectronTolerance);
            }
            string plot = File.ReadAllText(svg);
            Assert.StartsWith("<svg", plot);
            Assert.Contains("1.6 mHa", plot);
            Assert.Contains("|E − E_FCI| / Ha", plot);
            Assert.Empty(Directory.GetFiles(dir, "*.tmp"));

            // Drop the last two rows: --resume recomputes exactly those and reproduces the file.
            File.WriteAllLines(csv, lines.Take(4));
            var resumed = new StringWriter();
            MoleculeScanRunner.Run(options with { Resume = true }, resumed);
            var r = JsonDocument.Parse(resumed.ToString()).RootElement;
            Assert.Equal(2, r.GetProperty("computedPoints").GetInt32());
            Assert.Equal(3, r.GetProperty("resumedPoints").GetInt32());
            var again = File.ReadAllLines(csv);
            Assert.Equal(lines.Take(4), again.Take(4));
            Assert.Equal(6, again.Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ResumeRefusesACsvOfAnotherScan()
    {
        string dir = Directory.CreateTempSubdirectory("qa-scan").FullName;
        try
        {
            string csv = Path.Combine(dir, "curve.csv");
            File.WriteAllText(csv, "bond_angstrom,hf\n0.5,-1.0\n");
            var e = Assert.Throws<QuantumAppsException>(() => MoleculeScanRunner.Run(
                new MoleculeScanOptions(new MoleculeEnergyOptions(Data("h2.xyz"), Methods: LadderMethodNames.Parse("hf,fci")), "0.5:1.0:0.5", Out: csv, Resume: true), new StringWriter()));
            Assert.Contains("curve.csv: line 1", e.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("0.3:3.0:0.1", 28)]
    [InlineData("0.5:0.5:0.1", 1)]
    [InlineData("1:2:0.25", 5)]
    public void BondGridIncludesTheEndPoint(string spec, int count)
    {
        var grid = MoleculeScanRunner.ParseGrid(spec);
        Assert.Equal(count, grid.Count);
    }
}
