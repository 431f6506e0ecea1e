using System.Text;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Runners;
using QuantumApps.TestSupport.Fuzzing;

namespace QuantumApps.Cli.Tests.IO;

/// <summary>
/// The scan CSV reader (<c>molecule scan --resume</c>) on seeded mutants (<see cref="ReaderFuzz"/>) of a CSV written by
/// <see cref="ScanCsv.Write"/>: the rows, or the reader's own error naming the file; never another exception.
/// </summary>
public class ScanCsvFuzzTests
{
    /// <summary>Mutants in the test suite.</summary>
    public const int SuiteIterations = 200;

    [Fact]
    public void ResumeFile()
    {
        string[] methods = ["hf", "fci", "vqe"];
        // Energies of the shape a scan writes (H2 STO-3G-like values; the reader does not interpret them).
        var points = new[] { 0.5, 0.7, 0.9, 1.1 }.Select((r, k) => new ScanPoint(r,
            new Dictionary<string, double?> { ["hf"] = -1.0 - 0.01 * k, ["fci"] = -1.05 - 0.01 * k, ["vqe"] = -1.0499 - 0.01 * k },
            k == 2 ? null : "converged")).ToList();
        const string path = "curve.csv";
        var s = ReaderFuzz.Run(Encoding.UTF8.GetBytes(ScanCsv.Write(methods, points)), path, FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed,
            m => ScanCsv.Read(m.Text, path, methods));
        Assert.True(s.Refused > 0 && s.Parsed > 0, s.ToString());
    }
}
