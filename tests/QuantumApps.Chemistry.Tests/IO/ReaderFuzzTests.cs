using System.Text;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.IO;
using QuantumApps.TestSupport;
using QuantumApps.TestSupport.Fuzzing;

namespace QuantumApps.Chemistry.Tests.IO;

/// <summary>
/// The chemistry readers (XYZ, Gaussian94 basis, FCIDUMP) on seeded mutants (<see cref="ReaderFuzz"/>): a parsed value or
/// the reader's own "file:line: problem" error, never another exception. QUANTUMAPPS_FUZZ_ITERATIONS runs more.
/// </summary>
public class ReaderFuzzTests
{
    /// <summary>Mutants per small file in the test suite.</summary>
    public const int SuiteIterations = 150;

    /// <summary>Mutants of the 6 KB STO-3G basis file (each parse reads the whole file).</summary>
    public const int BasisSuiteIterations = 100;

    private static void AssertBothOutcomes(string what, ReaderFuzz.Summary s) =>
        Assert.True(s.Refused > 0 && s.Parsed > 0, $"{what}: {s}");

    [Theory]
    [InlineData("h2o.xyz")]
    [InlineData("nh3.xyz")]
    [InlineData("lih.xyz")]
    public void Xyz(string file)
    {
        string path = RepositoryData.Molecule(file);
        AssertBothOutcomes(file, ReaderFuzz.Run(File.ReadAllBytes(path), path, FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed,
            m => XyzReader.Parse(m.Text, path)));
    }

    [Fact]
    public void Gaussian94Basis()
    {
        string path = RepositoryData.Path("basis", "sto-3g.gbs");
        AssertBothOutcomes("sto-3g.gbs", ReaderFuzz.Run(File.ReadAllBytes(path), path, FuzzSettings.Iterations(BasisSuiteIterations), FuzzSettings.Seed,
            m => Gaussian94BasisParser.Parse(m.Text, "fuzz", path)));
    }

    [Fact]
    public void Fcidump()
    {
        // The seed file is what `molecule hamiltonian --fcidump` writes for H2/STO-3G at 0.7414 Å (FcidumpWriter).
        const string path = "h2.fcidump";
        byte[] original = Encoding.UTF8.GetBytes(FcidumpWriter.Format(MoleculeSystems.H2(0.7414).Molecular));
        AssertBothOutcomes(path, ReaderFuzz.Run(original, path, FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed,
            m => FcidumpReader.Parse(m.Text, path)));
    }
}
