using System.Diagnostics;
using System.Text.RegularExpressions;
using QuantumApps.Simulator;
using Xunit;

namespace QuantumApps.TestSupport.Fuzzing;

/// <summary>
/// Runs a reader on seeded mutants of a shipped file (<see cref="InputMutator"/>) and checks the only outcomes: a parsed
/// value, or the project's own one-line parse error (<see cref="QuantumAppsException"/>) whose message starts with the
/// file's name. Any other exception type, a message naming another source or spanning lines, or one mutant taking longer
/// than <see cref="SlowMutantSeconds"/> fails the test with the seed, the mutant's index and what was done to it.
/// </summary>
public static partial class ReaderFuzz
{
    /// <summary>A single mutant taking longer than this is reported as a hang.</summary>
    public const double SlowMutantSeconds = 5;

    /// <summary>What a run saw.</summary>
    /// <param name="Mutants">Mutants tried.</param>
    /// <param name="Parsed">Mutants the reader accepted.</param>
    /// <param name="Refused">Mutants refused with the project's error.</param>
    /// <param name="RefusedWithLine">Refusals whose message names a line ("file:12:", "line 12", "term 3") rather than only the file.</param>
    public sealed record Summary(int Mutants, int Parsed, int Refused, int RefusedWithLine);

    /// <summary>
    /// Runs <paramref name="read"/> on <paramref name="iterations"/> mutants of <paramref name="original"/> (seed
    /// <paramref name="seed"/>); <paramref name="sourceName"/> is the name every error message must start with.
    /// </summary>
    public static Summary Run(byte[] original, string sourceName, int iterations, int seed, Func<InputMutator.Mutant, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var mutator = new InputMutator(original, seed);
        int parsed = 0, refused = 0, withLine = 0;
        for (int i = 0; i < iterations; i++)
        {
            var mutant = mutator.Next();
            string where = $"{sourceName}, seed {seed}, mutant {i}: {mutant.Description}";
            var clock = Stopwatch.StartNew();
            try
            {
                read(mutant);
                parsed++;
            }
            catch (QuantumAppsException e)
            {
                refused++;
                Assert.True(e.Message.StartsWith(sourceName, StringComparison.Ordinal), $"{where}: message does not name the file: {e.Message}");
                Assert.False(e.Message.Contains('\n') || e.Message.Contains('\r'), $"{where}: message spans lines: {e.Message}");
                if (Location().IsMatch(e.Message[sourceName.Length..])) withLine++;
            }
            catch (Exception e)
            {
                Assert.Fail($"{where}: {e.GetType().Name}: {e.Message}");
            }
            Assert.True(clock.Elapsed.TotalSeconds < SlowMutantSeconds, $"{where}: took {clock.Elapsed.TotalSeconds:F1} s");
        }
        return new Summary(iterations, parsed, refused, withLine);
    }

    /// <summary>As <see cref="Run"/> for a reader that takes a path: each mutant is written to <paramref name="path"/> first.</summary>
    public static Summary RunOnFile(byte[] original, string path, int iterations, int seed, Func<string, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Run(original, path, iterations, seed, m =>
        {
            File.WriteAllBytes(path, m.Bytes);
            return read(path);
        });
    }

    [GeneratedRegex(@"^(:\d+|: line \d+|: term \d+)")]
    private static partial Regex Location();
}
