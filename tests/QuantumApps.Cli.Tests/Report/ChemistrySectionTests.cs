using System.Globalization;
using QuantumApps.Cli.Report;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// The report's chemistry section and VQE cost table in quick mode (a few seconds): the files they write, and the
/// physics their CSVs must obey (the FCI of the pipeline itself is checked against psi4 1.3.2 in Chemistry.Tests).
/// </summary>
public class ChemistrySectionTests
{
    /// <summary>Variational principle: no VQE energy below FCI; 1e-9 Ha for the eigensolver's rounding.</summary>
    private const double VariationalSlack = 1e-9;

    /// <summary>Sampled means against the exact expectation: 5 standard errors fail by chance with probability 6e-7 per point.</summary>
    private const double Sigmas = 5;

    private static readonly Lazy<ReportDocument> Quick = new(() =>
    {
        var doc = new ReportDocument();
        ChemistrySection.Render(doc, QuickReport.Get.Chemistry);
        VqeCostTable.Render(doc, QuickReport.Get.Hardware.VqeCost);
        return doc;
    });

    private static List<Dictionary<string, string>> Csv(string name)
    {
        var lines = Quick.Value.Files[name].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = Fields(lines[0]);
        return lines.Skip(1).Select(l => header.Zip(Fields(l)).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    /// <summary>RFC 4180 fields of one line (quoted fields may contain commas and doubled quotes).</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void QuickRunWritesTheNewFiles()
    {
        foreach (var f in new[] { "h2-dissociation.svg", "h2-dissociation.csv", "h2-dissociation-error.svg", "h2-dissociation-error.csv",
                                  "lih-dissociation.svg", "lih-dissociation.csv", "lih-dissociation-error.svg", "lih-dissociation-error.csv", "vqe-cost.csv" })
            Assert.True(Quick.Value.Files.ContainsKey(f), f);
        string md = Quick.Value.ToMarkdown();
        Assert.Contains("chemical accuracy", md);
        Assert.Contains("VQE cost per molecule", md);
        Assert.DoesNotContain("one-parameter", md);
    }

    [Theory]
    [InlineData("h2-dissociation.csv")]
    [InlineData("lih-dissociation.csv")]
    public void VqeNeverBeatsFciAndShotsScatterAroundTheExactExpectation(string file)
    {
        var rows = Csv(file);
        Assert.NotEmpty(rows);
        foreach (var r in rows)
        {
            double fci = D(r["fci_hartree"]), vqe = D(r["vqe_hartree"]), full = D(r["full_space_ground_hartree"]);
            Assert.True(vqe >= fci - VariationalSlack, $"VQE {vqe} below FCI {fci}");
            Assert.True(fci >= full - VariationalSlack, "the sector ground energy cannot lie below the whole-space one");
            Assert.True(D(r["hf_hartree"]) >= fci - VariationalSlack);
            // UCCSD is exact for two (active) electrons, and both molecules have two active electrons (H2; LiH with the
            // Li 1s core frozen): the optimiser must reach FCI, not merely chemical accuracy.
            Assert.True(vqe - fci <= Tolerances.VqeExactAnsatzHartree, $"VQE {vqe} is {vqe - fci:E2} Ha above FCI {fci}");
            double se = D(r["vqe_shots_standard_error"]);
            Assert.True(se > 0);
            Assert.True(Math.Abs(D(r["vqe_shots_mean_hartree"]) - vqe) <= Sigmas * se);
            double noisy = D(r["vqe_noisy_hartree"]);
            double noisySe = r["vqe_noisy_standard_error"] == "" ? 0 : D(r["vqe_noisy_standard_error"]);
            // the noisy state is a mixed state on the same qubits: bounded below by the whole-space ground energy
            Assert.True(noisy >= full - Sigmas * noisySe - VariationalSlack);
            Assert.Equal("depolarizing:0.0001,0.001;damping:0;readout:0", r["noise_model"]);
        }
        Assert.Equal(file.StartsWith("h2") ? "density-matrix" : "trajectories", rows[0]["noisy_method"]);
    }

    [Theory]
    [InlineData("h2-dissociation.csv")]
    [InlineData("lih-dissociation.csv")]
    public void CcsdEqualsFciForTwoActiveElectrons(string file)
    {
        // Two independent paths: spin-orbital CCSD amplitudes vs diagonalisation of the qubit Hamiltonian. CCSD is exact
        // for two electrons (H2; LiH with the Li 1s core frozen); both converge far below Tolerances.ScfHartree.
        foreach (var r in Csv(file))
            Assert.Equal(D(r["fci_hartree"]), D(r["ccsd_hartree"]), Tolerances.ScfHartree);
    }

    [Fact]
    public void CostTableCoversTheFourMoleculesWithMeasuredNumbers()
    {
        var rows = Csv("vqe-cost.csv");
        Assert.Equal(["H2", "LiH", "BeH2", "H2O"], rows.Select(r => r["molecule"]));
        Assert.Equal([4, 10, 12, 12], rows.Select(r => int.Parse(r["qubits"], CultureInfo.InvariantCulture)));
        foreach (var r in rows)
        {
            Assert.True(D(r["vqe_minus_fci_hartree"]) >= -VariationalSlack);
            long evals = long.Parse(r["vqe_energy_evaluations"], CultureInfo.InvariantCulture);
            long grads = long.Parse(r["vqe_gradient_evaluations"], CultureInfo.InvariantCulture);
            long rot = long.Parse(r["parameterised_rotations"], CultureInfo.InvariantCulture);
            Assert.Equal(evals + 2 * rot * grads, long.Parse(r["device_energy_evaluations"], CultureInfo.InvariantCulture));
            Assert.Equal(D(r["device_seconds_per_energy"]) * (evals + 2 * rot * grads), D(r["device_seconds_total"]), 1e-6 * D(r["device_seconds_total"]));
            // FCI timed after a warm-up over repeats: 0 < min ≤ median ≤ max
            Assert.True(D(r["fci_seconds_min"]) > 0);
            Assert.True(D(r["fci_seconds_min"]) <= D(r["fci_seconds_median"]) && D(r["fci_seconds_median"]) <= D(r["fci_seconds_max"]), $"{r["molecule"]}");
            Assert.True(long.Parse(r["shots_per_energy"], CultureInfo.InvariantCulture) > 0);
        }
    }
}
