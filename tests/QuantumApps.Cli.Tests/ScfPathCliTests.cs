using System.Globalization;
using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// The SCF path (attempts and cures) in the molecule commands' output and the --scf-max-iterations option (issue 13
/// item 1). H2O/STO-3G with both O–H bonds at 2.4 Å (104.5°): plain DIIS from the GWH guess stalls, the SAD-guess
/// rescue converges (Chemistry.Tests ScfConvergenceTests has the energies against psi4 1.3.2).
/// </summary>
public class ScfPathCliTests
{
    [Fact]
    public void JsonAndTableReportTheRescuePath()
    {
        WithStretchedWater(path =>
        {
            var output = new StringWriter();
            Assert.Equal(0, MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(path, Methods: LadderMethodNames.Parse("hf"), Format: OutputFormat.Json), output));
            var scf = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("scf");
            Assert.True(scf.GetProperty("converged").GetBoolean());
            var attempts = scf.GetProperty("path").EnumerateArray().ToArray();
            Assert.True(attempts.Length >= 2);
            Assert.False(attempts[0].GetProperty("converged").GetBoolean());
            Assert.Empty(attempts[0].GetProperty("cures").EnumerateArray());
            Assert.Contains("sad-guess", scf.GetProperty("cures").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal(scf.GetProperty("iterations").GetInt32(), attempts.Sum(a => a.GetProperty("iterations").GetInt32()));

            var table = new StringWriter();
            MoleculeEnergyRunner.Run(new MoleculeEnergyOptions(path, Methods: LadderMethodNames.Parse("hf")), table);
            Assert.Contains("SCF path", table.ToString());
            Assert.Contains("-> sad-guess", table.ToString());
        });
    }

    [Fact]
    public void ScfMaxIterationsLimitsEveryAttemptAndNamesThePath()
    {
        WithStretchedWater(path =>
        {
            var r = CliProcess.Run("molecule", "energy", path, "--methods", "hf", "--scf-max-iterations", "3");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("did not converge in 12 iterations", r.StdErr);
            Assert.Contains("path: diis 3 (not converged) -> sad-guess 3 (not converged)", r.StdErr);
            Assert.Contains("--scf-max-iterations", r.StdErr);
        });
    }

    [Fact]
    public void ScfMaxIterationsBelowOneIsAUsageError()
    {
        var r = CliProcess.Run("molecule", "hamiltonian", "no-such.xyz", "--scf-max-iterations", "0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--scf-max-iterations must be at least 1", r.StdErr);
    }

    private static void WithStretchedWater(Action<string> body)
    {
        var t = 104.5 / 2 * Math.PI / 180;
        string y = (2.4 * Math.Sin(t)).ToString("F10", CultureInfo.InvariantCulture);
        string z = (2.4 * Math.Cos(t)).ToString("F10", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"qa-h2o-24-{Guid.NewGuid():N}.xyz");
        File.WriteAllText(path, $"3\nH2O, both O-H 2.4 A\nO 0 0 0\nH 0 {y} {z}\nH 0 -{y} {z}\n");
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
