using QuantumApps.Optimizers;

namespace QuantumApps.Optimizers.Tests;

/// <summary>
/// Standard test functions with known minima (Jamil &amp; Yang, "A literature survey of benchmark functions
/// for global optimization problems", Int. J. Math. Model. Numer. Optim. 4, 150 (2013)), each with an
/// analytic gradient written out by hand.
/// </summary>
internal static class StandardFunctions
{
    /// <summary>Rosenbrock Σ 100(x_{i+1} − x_i²)² + (1 − x_i)²; minimum 0 at (1, …, 1).</summary>
    public static FunctionObjective Rosenbrock(int n) => new(n, x => RosenbrockValue(x, default), RosenbrockValue);

    /// <summary>Beale (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²; minimum 0 at (3, 0.5).</summary>
    public static FunctionObjective Beale() => new(2, x => BealeValue(x, default), BealeValue);

    /// <summary>Booth (x + 2y − 7)² + (2x + y − 5)²; minimum 0 at (1, 3).</summary>
    public static FunctionObjective Booth() => new(2, x => BoothValue(x, default), BoothValue);

    /// <summary>Sphere Σ x_i²; minimum 0 at the origin.</summary>
    public static FunctionObjective Sphere(int n) => new(n, x => SphereValue(x, default), SphereValue);

    /// <summary>
    /// Convex quadratic ½(x − m)ᵀA(x − m) + 1 with A = [[10, 2, 0], [2, 4, 1], [0, 1, 1]] (symmetric positive definite:
    /// leading minors 10, 36, 26) and m = (1, −2, 0.5); minimum 1 at m, condition number ≈ 15 (eigenvalues ≈ 10.6, 3.7, 0.7).
    /// A non-zero minimum value makes a "value ≥ 0" check useless and forces the value itself to be checked.
    /// </summary>
    public static FunctionObjective Quadratic3() => new(3, x => QuadraticValue(x, default), QuadraticValue);

    /// <summary>The minimiser of <see cref="Quadratic3"/>.</summary>
    public static readonly double[] QuadraticMinimum = [1.0, -2.0, 0.5];

    private static readonly double[,] QuadraticMatrix = { { 10, 2, 0 }, { 2, 4, 1 }, { 0, 1, 1 } };

    private static double QuadraticValue(ReadOnlySpan<double> x, Span<double> g)
    {
        Span<double> d = stackalloc double[3];
        for (int i = 0; i < 3; i++)
        {
            d[i] = x[i] - QuadraticMinimum[i];
        }

        double f = 1;
        for (int i = 0; i < 3; i++)
        {
            double ad = 0;
            for (int j = 0; j < 3; j++)
            {
                ad += QuadraticMatrix[i, j] * d[j];
            }

            f += 0.5 * d[i] * ad;
            if (!g.IsEmpty)
            {
                g[i] = ad;
            }
        }

        return f;
    }

    private static double RosenbrockValue(ReadOnlySpan<double> x, Span<double> g)
    {
        bool grad = !g.IsEmpty;
        if (grad)
        {
            g.Clear();
        }

        double f = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            if (grad)
            {
                g[i] += -400 * x[i] * a - 2 * b;
                g[i + 1] += 200 * a;
            }
        }

        return f;
    }

    private static double BealeValue(ReadOnlySpan<double> v, Span<double> g)
    {
        double x = v[0], y = v[1];
        double t1 = 1.5 - x + x * y, t2 = 2.25 - x + x * y * y, t3 = 2.625 - x + x * y * y * y;
        if (!g.IsEmpty)
        {
            g[0] = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1);
            g[1] = 2 * t1 * x + 2 * t2 * 2 * x * y + 2 * t3 * 3 * x * y * y;
        }

        return t1 * t1 + t2 * t2 + t3 * t3;
    }

    private static double BoothValue(ReadOnlySpan<double> v, Span<double> g)
    {
        double a = v[0] + 2 * v[1] - 7, b = 2 * v[0] + v[1] - 5;
        if (!g.IsEmpty)
        {
            g[0] = 2 * a + 4 * b;
            g[1] = 4 * a + 2 * b;
        }

        return a * a + b * b;
    }

    private static double SphereValue(ReadOnlySpan<double> x, Span<double> g)
    {
        double f = 0;
        for (int i = 0; i < x.Length; i++)
        {
            f += x[i] * x[i];
            if (!g.IsEmpty)
            {
                g[i] = 2 * x[i];
            }
        }

        return f;
    }
}
