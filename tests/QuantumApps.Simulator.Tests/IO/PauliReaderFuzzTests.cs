using System.Text;
using QuantumApps.Simulator.IO;
using QuantumApps.TestSupport;
using QuantumApps.TestSupport.Fuzzing;

namespace QuantumApps.Simulator.Tests.IO;

/// <summary>
/// The Pauli-sum readers (text and JSON) on seeded mutants (<see cref="ReaderFuzz"/>) of the H2/STO-3G Jordan–Wigner
/// Hamiltonian as <c>molecule hamiltonian --out</c> writes it: a parsed sum or the reader's own error naming the file.
/// </summary>
public class PauliReaderFuzzTests
{
    /// <summary>Mutants per format in the test suite.</summary>
    public const int SuiteIterations = 200;

    [Fact]
    public void Text()
    {
        const string path = "h2.txt";
        var s = ReaderFuzz.Run(Encoding.UTF8.GetBytes(PauliSumText.Format(MoleculeSystems.H2(0.7414).Qubit, compact: false)), path,
            FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed, m => PauliSumText.Parse(m.Text, path));
        Assert.True(s.Refused > 0 && s.Parsed > 0, s.ToString());
    }

    [Fact]
    public void CompactText()
    {
        const string path = "h2-compact.txt";
        var s = ReaderFuzz.Run(Encoding.UTF8.GetBytes(PauliSumText.Format(MoleculeSystems.H2(0.7414).Qubit, compact: true)), path,
            FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed, m => PauliSumText.Parse(m.Text, path));
        Assert.True(s.Refused > 0 && s.Parsed > 0, s.ToString());
    }

    [Fact]
    public void Json()
    {
        const string path = "h2.json";
        var s = ReaderFuzz.Run(Encoding.UTF8.GetBytes(PauliSumJson.Write(MoleculeSystems.H2(0.7414).Qubit)), path,
            FuzzSettings.Iterations(SuiteIterations), FuzzSettings.Seed, m => PauliSumJson.Read(m.Text, path));
        Assert.True(s.Refused > 0 && s.Parsed > 0, s.ToString());
    }
}
