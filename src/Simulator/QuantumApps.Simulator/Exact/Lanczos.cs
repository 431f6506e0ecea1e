using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// Matrix-free lowest eigenpair of a Hermitian operator by explicitly restarted Lanczos with full
/// reorthogonalisation: each cycle builds an m-step Krylov basis V from the current Ritz vector,
/// diagonalises the tridiagonal T = V†HV (α on the diagonal, β off it), and restarts from the lowest Ritz
/// vector until the residual ‖Hv − θv‖ = |β_m·y_m| falls below the tolerance. Memory: (m + 2) sector
/// vectors, checked before allocation.
/// </summary>
public static class Lanczos
{
    /// <summary>Default convergence tolerance on the residual norm (hartree for chemistry).</summary>
    public const double DefaultTolerance = 1e-8;

    /// <summary>Lowest eigenpair of <paramref name="h"/> within <paramref name="sector"/>, starting from a seeded random vector.</summary>
    public static EigenResult GroundState(PauliSum h, BasisSector sector, int seed = 12345, double tolerance = DefaultTolerance, int krylovSize = 40, int maxRestarts = 200)
    {
        var op = new SectorOperator(h, sector);
        return GroundState(op, seed, tolerance, krylovSize, maxRestarts);
    }

    /// <summary>Lowest eigenpair of a sector operator.</summary>
    public static EigenResult GroundState(SectorOperator op, int seed = 12345, double tolerance = DefaultTolerance, int krylovSize = 40, int maxRestarts = 200)
    {
        int d = op.Dimension;
        int m = Math.Min(krylovSize, d);
        long bytes = (long)d * 16 * (m + 2);
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (bytes > available)
            throw new QuantumAppsException($"Lanczos on a sector of dimension {d} with {m} Krylov vectors needs {MemoryGuard.FormatBytes(bytes)}; only {MemoryGuard.FormatBytes(available)} is available");
        var rng = new Random(seed);
        var v = new Complex[d];
        for (int i = 0; i < d; i++) v[i] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
        Normalize(v);
        var basis = new Complex[m][];
        var w = new Complex[d];
        int matvecs = 0;
        double theta = double.NaN, residual = double.PositiveInfinity;
        for (int restart = 0; restart <= maxRestarts; restart++)
        {
            var alpha = new double[m];
            var beta = new double[m];
            int k = 0;
            basis[0] = (Complex[])v.Clone();
            for (; k < m; k++)
            {
                op.Apply(basis[k], w);
                matvecs++;
                alpha[k] = Dot(basis[k], w).Real;
                // Full reorthogonalisation (twice is enough) keeps V orthonormal in floating point.
                for (int pass = 0; pass < 2; pass++)
                    for (int j = 0; j <= k; j++)
                    {
                        Complex c = Dot(basis[j], w);
                        Axpy(-c, basis[j], w);
                    }
                beta[k] = Norm(w);
                if (k + 1 == m || beta[k] < 1e-14) { k++; break; }
                basis[k + 1] ??= new Complex[d];
                for (int i = 0; i < d; i++) basis[k + 1][i] = w[i] / beta[k];
            }
            var (t, y) = LowestOfTridiagonal(alpha, beta, k);
            theta = t;
            residual = Math.Abs(beta[k - 1] * y[k - 1]);
            Array.Clear(v);
            for (int j = 0; j < k; j++) Axpy(y[j], basis[j], v);
            Normalize(v);
            if (residual < tolerance || k < m) break;
        }
        double trueResidual = ResidualNorm(op, v, theta);
        if (trueResidual > Math.Max(tolerance * 10, 1e-6))
            throw new QuantumAppsException($"Lanczos did not converge: residual {trueResidual:E2} after {matvecs} matrix–vector products (sector dimension {d})");
        return new EigenResult(theta, op.Embed(v), "lanczos", d, matvecs, trueResidual);
    }

    internal static double ResidualNorm(SectorOperator op, Complex[] v, double theta)
    {
        var hv = new Complex[v.Length];
        op.Apply(v, hv);
        double s = 0;
        for (int i = 0; i < v.Length; i++)
        {
            Complex r = hv[i] - theta * v[i];
            s += r.Real * r.Real + r.Imaginary * r.Imaginary;
        }
        return Math.Sqrt(s);
    }

    private static (double, double[]) LowestOfTridiagonal(double[] alpha, double[] beta, int k)
    {
        var t = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < k; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < k) { t[i, i + 1] = beta[i]; t[i + 1, i] = beta[i]; }
        }
        var evd = t.Evd(Symmetricity.Symmetric);
        int best = 0;
        for (int i = 1; i < k; i++) if (evd.EigenValues[i].Real < evd.EigenValues[best].Real) best = i;
        return (evd.EigenValues[best].Real, evd.EigenVectors.Column(best).ToArray());
    }

    private static Complex Dot(Complex[] a, Complex[] b)
    {
        double re = 0, im = 0;
        for (int i = 0; i < a.Length; i++)
        {
            re += a[i].Real * b[i].Real + a[i].Imaginary * b[i].Imaginary;
            im += a[i].Real * b[i].Imaginary - a[i].Imaginary * b[i].Real;
        }
        return new Complex(re, im);
    }

    private static void Axpy(Complex c, Complex[] x, Complex[] y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += c * x[i];
    }

    private static double Norm(Complex[] a)
    {
        double s = 0;
        foreach (var c in a) s += c.Real * c.Real + c.Imaginary * c.Imaginary;
        return Math.Sqrt(s);
    }

    private static void Normalize(Complex[] a)
    {
        double n = Norm(a);
        for (int i = 0; i < a.Length; i++) a[i] /= n;
    }
}
