namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// The Boys function F_m(T) = ∫₀¹ t^{2m} exp(−T t²) dt for m = 0..mMax.
/// For T &lt; <see cref="TableMaxT"/>: a 6th-order Taylor expansion of F_mMax around the nearest point of a
/// precomputed grid (spacing 0.05; dF_m/dT = −F_{m+1}, truncation error &lt; 2e-15), then the stable downward
/// recursion F_m = (2T F_{m+1} + e^{−T}) / (2m+1). The grid itself comes from the convergent series
/// F_m(T) = e^{−T} Σ_k (2T)^k / ((2m+1)(2m+3)…(2m+2k+1)) (all terms positive, so no cancellation) and the same
/// downward recursion. For T ≥ <see cref="TableMaxT"/>: F_0 = ½ sqrt(π/T) (erfc(√T) &lt; 1e-18 is dropped) and the
/// upward recursion F_{m+1} = ((2m+1) F_m − e^{−T}) / (2T), stable for large T.
/// </summary>
internal static class BoysFunction
{
    /// <summary>Largest order supported (enough for (gg|gg) integrals).</summary>
    public const int MaxOrder = 24;

    /// <summary>Upper end of the tabulated range.</summary>
    public const double TableMaxT = 40.0;

    private const double Step = 0.05;
    private const int TaylorTerms = 7;
    private const int TableOrders = MaxOrder + TaylorTerms;
    private static readonly int GridPoints = (int)(TableMaxT / Step) + 2;
    private static readonly double[] Table = BuildTable();
    private static readonly double[] InverseFactorial = [1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720];

    /// <summary>Fills <paramref name="result"/>[0..mMax] with F_m(T); T ≥ 0.</summary>
    public static void Evaluate(int mMax, double t, Span<double> result)
    {
        var expT = Math.Exp(-t);
        if (t < TableMaxT)
        {
            var i = (int)(t / Step + 0.5);
            var d = i * Step - t;
            var row = i * TableOrders + mMax;
            var f = 0.0;
            var power = 1.0;
            for (var k = 0; k < TaylorTerms; k++)
            {
                f += Table[row + k] * power * InverseFactorial[k];
                power *= d;
            }

            result[mMax] = f;
            for (var m = mMax - 1; m >= 0; m--)
            {
                result[m] = (2 * t * result[m + 1] + expT) / (2 * m + 1);
            }
        }
        else
        {
            result[0] = 0.5 * Math.Sqrt(Math.PI / t);
            var inv2T = 0.5 / t;
            for (var m = 0; m < mMax; m++)
            {
                result[m + 1] = ((2 * m + 1) * result[m] - expT) * inv2T;
            }
        }
    }

    /// <summary>Single value F_m(T).</summary>
    public static double Evaluate(int m, double t)
    {
        Span<double> buffer = stackalloc double[m + 1];
        Evaluate(m, t, buffer);
        return buffer[m];
    }

    /// <summary>F_m(T) by the series alone (slow reference used to build the table).</summary>
    internal static double Series(int m, double t)
    {
        var term = 1.0 / (2 * m + 1);
        var sum = term;
        for (var k = 1; k < 1000; k++)
        {
            term *= 2 * t / (2 * m + 2 * k + 1);
            sum += term;
            if (term < 1e-17 * sum)
            {
                break;
            }
        }

        return Math.Exp(-t) * sum;
    }

    private static double[] BuildTable()
    {
        var table = new double[GridPoints * TableOrders];
        for (var i = 0; i < GridPoints; i++)
        {
            var t = i * Step;
            var top = TableOrders - 1;
            var row = i * TableOrders;
            table[row + top] = Series(top, t);
            var e = Math.Exp(-t);
            for (var m = top - 1; m >= 0; m--)
            {
                table[row + m] = (2 * t * table[row + m + 1] + e) / (2 * m + 1);
            }
        }

        return table;
    }
}
