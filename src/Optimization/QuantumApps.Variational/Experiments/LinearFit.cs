namespace QuantumApps.Variational.Experiments;

/// <summary>
/// Ordinary least-squares line y = a + b·x with standard errors from the residuals:
/// s² = RSS/(m − 2), se(b) = s/√Sxx, se(a) = s·√(1/m + x̄²/Sxx) (m points, Sxx = Σ(x − x̄)²).
/// With exactly two points the line is exact and the standard errors are reported as 0.
/// </summary>
public sealed record LinearFit(double Intercept, double Slope, double InterceptStandardError, double SlopeStandardError, int Points)
{
    /// <summary>Fits y against x (same length, at least two distinct x).</summary>
    public static LinearFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count) throw new Simulator.QuantumAppsException($"linear fit: {x.Count} x values but {y.Count} y values");
        int m = x.Count;
        if (m < 2) throw new Simulator.QuantumAppsException($"linear fit needs at least 2 points, got {m}");
        double mx = 0, my = 0;
        for (int i = 0; i < m; i++) { mx += x[i]; my += y[i]; }
        mx /= m; my /= m;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < m; i++) { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my); }
        if (sxx == 0) throw new Simulator.QuantumAppsException("linear fit needs at least two distinct x values");
        double b = sxy / sxx, a = my - b * mx;
        double rss = 0;
        for (int i = 0; i < m; i++) { double r = y[i] - a - b * x[i]; rss += r * r; }
        double s = m > 2 ? Math.Sqrt(rss / (m - 2)) : 0;
        return new LinearFit(a, b, s * Math.Sqrt(1.0 / m + mx * mx / sxx), s / Math.Sqrt(sxx), m);
    }

    /// <summary>a + b·x.</summary>
    public double Evaluate(double x) => Intercept + Slope * x;
}
