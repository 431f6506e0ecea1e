using System.Globalization;
using CsCheck;

namespace QuantumApps.TestSupport;

/// <summary>
/// The one way the property tests run a CsCheck property: a fixed seed (<see cref="Seed"/>), one thread and a bounded
/// number of cases, so a run is reproducible and fast; QUANTUMAPPS_PROPERTY_ITERATIONS runs that many cases instead.
/// A failure is shrunk by CsCheck and reported with the seed of the failing case.
/// </summary>
public static class PropertyChecks
{
    /// <summary>The fixed CsCheck seed of the test suite (PCG stream 17, state 20261205).</summary>
    public static string Seed { get; } = new PCG(17, 20261205).ToString();

    /// <summary><c>QUANTUMAPPS_PROPERTY_ITERATIONS</c> when set to a positive integer, else <paramref name="suiteCount"/>.</summary>
    public static int Iterations(int suiteCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("QUANTUMAPPS_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : suiteCount;

    /// <summary>Checks <paramref name="assert"/> on <paramref name="suiteCount"/> generated cases (see the class remarks).</summary>
    public static void Check<T>(Gen<T> gen, Action<T> assert, int suiteCount = 200)
    {
        ArgumentNullException.ThrowIfNull(gen);
        gen.Sample(assert, seed: Seed, iter: Iterations(suiteCount), threads: 1);
    }
}
