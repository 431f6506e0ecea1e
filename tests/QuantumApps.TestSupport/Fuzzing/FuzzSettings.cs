using System.Globalization;

namespace QuantumApps.TestSupport.Fuzzing;

/// <summary>
/// Iteration count and seed of the reader fuzz tests. The test suite runs each reader's bounded count; set
/// <c>QUANTUMAPPS_FUZZ_ITERATIONS</c> to run that many mutants per seed file instead (longer runs), and
/// <c>QUANTUMAPPS_FUZZ_SEED</c> to change the seed (default <see cref="DefaultSeed"/>).
/// </summary>
public static class FuzzSettings
{
    /// <summary>The fixed seed of the test suite.</summary>
    public const int DefaultSeed = 20261205;

    /// <summary><c>QUANTUMAPPS_FUZZ_ITERATIONS</c> when set to a positive integer, else <paramref name="suiteCount"/>.</summary>
    public static int Iterations(int suiteCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("QUANTUMAPPS_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : suiteCount;

    /// <summary><c>QUANTUMAPPS_FUZZ_SEED</c> when set to an integer, else <see cref="DefaultSeed"/>.</summary>
    public static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("QUANTUMAPPS_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : DefaultSeed;
}
