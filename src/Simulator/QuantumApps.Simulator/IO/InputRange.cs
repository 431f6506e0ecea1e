using System.Globalization;

namespace QuantumApps.Simulator.IO;

/// <summary>
/// The one representable range of numbers read from input files (edge weights, coordinates, distances, demands as
/// numbers, integrals, Pauli coefficients, features): finite with |x| ≤ <see cref="MaxMagnitude"/> = 1e15.
/// Why 1e15: integers up to it are exact in a double (2^53 ≈ 9.0e15), so integral TSPLIB distances and cut values stay
/// exact; and every quantity the programs derive from such numbers — sums over up to 2^31 terms (≤ 2.2e24), squares
/// and products of two (≤ 1e30, e.g. squared coordinate differences, Goemans–Williamson's Laplacian, QUBO penalties
/// times distances) and those summed again — stays far below double overflow (1.8e308), so no result can be
/// ±Infinity or NaN. A number outside the range is refused by the reader with file and line, never clamped.
/// </summary>
public static class InputRange
{
    /// <summary>Largest magnitude accepted for any number read from an input file.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>True when <paramref name="value"/> is finite with |value| ≤ <see cref="MaxMagnitude"/>.</summary>
    public static bool Contains(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude;

    /// <summary>
    /// The problem text for a number outside the range: "{what} '{token}' is not finite" or "… is outside the
    /// representable range |x| ≤ 1e15".
    /// </summary>
    public static string Problem(string what, string token, double value) =>
        double.IsFinite(value)
            ? $"{what} '{token}' is outside the representable range |x| <= {MaxMagnitude.ToString("0e0", CultureInfo.InvariantCulture)}"
            : $"{what} '{token}' is not finite";
}
