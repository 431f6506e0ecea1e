using MathNet.Numerics;

namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Exact Binomial(n, p) variates in O(1) expected time, independent of n (MathNet.Numerics 5.0's
/// <c>Binomial.Sample</c> sums n Bernoulli draws, O(n): 0.7 s for n = 10⁷). With p ≤ ½ (p &gt; ½ draws
/// n − Binomial(n, 1 − p)): when n·p &lt; 10, inversion by sequential search from k = 0 with
/// f(k)/f(k − 1) = ((n + 1)/k − 1)·p/q (expected n·p + 1 steps); otherwise Hörmann's BTRS, transformed rejection with
/// squeeze (W. Hörmann, "The generation of binomial random variates", J. Statist. Comput. Simul. 46 (1993) 101–110),
/// whose acceptance test compares log f(k)/f(m) (m = ⌊(n + 1)p⌋ the mode) written with Stirling's series tail
/// δ(k) = ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ ln 2π] so that no large log-factorials cancel.
/// Every uniform comes from the injected generator, so a seed fixes the draw.
/// </summary>
public static class BinomialSampler
{
    /// <summary>n·min(p, 1 − p) below this uses inversion, at or above it BTRS (Hörmann's stated range of validity).</summary>
    public const double InversionLimit = 10;

    private static readonly double HalfLog2Pi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>One draw of the number of successes in <paramref name="n"/> trials of probability <paramref name="p"/>.</summary>
    public static long Sample(Random rng, long n, double p)
    {
        ArgumentNullException.ThrowIfNull(rng);
        if (n < 0) throw new QuantumAppsException($"binomial trial count must be non-negative, not {n}");
        if (!(p >= 0 && p <= 1)) throw new QuantumAppsException($"binomial probability must be in [0, 1], not {p}");
        if (n == 0 || p == 0) return 0;
        if (p == 1) return n;
        if (p > 0.5) return n - Draw(rng, n, 1 - p);
        return Draw(rng, n, p);
    }

    private static long Draw(Random rng, long n, double p) =>
        n * p < InversionLimit ? Inversion(rng, n, p) : Btrs(rng, n, p);

    /// <summary>Sequential search of the CDF from k = 0; p ≤ ½ and n·p &lt; 10, so f(0) = qⁿ ≥ e^(−20) never underflows.</summary>
    private static long Inversion(Random rng, long n, double p)
    {
        double q = 1 - p, s = p / q, a = (n + 1) * s;
        double f0 = Math.Exp(n * Log1P(-p));
        while (true)
        {
            double u = rng.NextDouble(), f = f0;
            long k = 0;
            while (u > f)
            {
                u -= f;
                k++;
                if (k > n) break;
                f *= a / k - s;
                if (f <= 0) break;
            }
            if (k <= n && u <= f) return k;
        }
    }

    /// <summary>BTRS for p ≤ ½, n·p ≥ 10 (constants of Hörmann 1993, table 1).</summary>
    private static long Btrs(Random rng, long n, double p)
    {
        double q = 1 - p;
        double spq = Math.Sqrt(n * p * q);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = (2.83 + 5.1 / b) * spq;
        double r = p / q;
        double m = Math.Floor((n + 1) * p);
        double nd = n;
        while (true)
        {
            double u = rng.NextDouble() - 0.5;
            double v = rng.NextDouble();
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2 * a / us + b) * u + c);
            if (!(k >= 0 && k <= nd)) continue;
            if (us >= 0.07 && v <= vr) return (long)k;
            v = Math.Log(v * alpha / (a / (us * us) + b));
            // log f(k) − log f(m) = ln m! + ln (n−m)! − ln k! − ln (n−k)! + (k − m) ln r, regrouped into ratios.
            double bound = (m + 0.5) * Math.Log((m + 1) / (r * (nd - m + 1)))
                + (nd + 1) * Math.Log((nd - m + 1) / (nd - k + 1))
                + (k + 0.5) * Math.Log(r * (nd - k + 1) / (k + 1))
                + StirlingTail(m) + StirlingTail(nd - m) - StirlingTail(k) - StirlingTail(nd - k);
            if (v <= bound) return (long)k;
        }
    }

    /// <summary>δ(k) = ln k! − [(k + ½)ln(k + 1) − (k + 1) + ½ ln 2π]: exact via ln Γ below 10, else Stirling's series in x = k + 1 to x⁻⁷ (error &lt; 1/(1188 x⁹) &lt; 4e-13).</summary>
    internal static double StirlingTail(double k)
    {
        double x = k + 1;
        if (k < 10) return SpecialFunctions.GammaLn(x) - ((k + 0.5) * Math.Log(x) - x + HalfLog2Pi);
        double x2 = x * x;
        return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / (1680 * x2)) / x2) / x2) / x;
    }

    /// <summary>ln(1 + x) accurate for small |x| (Goldberg's correction: ln u · x/(u − 1) with u = 1 + x rounded).</summary>
    private static double Log1P(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
