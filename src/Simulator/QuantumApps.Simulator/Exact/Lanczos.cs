using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// Matrix-free lowest eigenpair of a Hermitian operator by explicitly restarted Lanczos with full
/// reorthogonalisation: each cycle builds an m-step Krylov basis V from the current Ritz vector,
/// diagonalises the tridiagonal T = V†HV (α on the diagonal, β off it), and restarts from the lowest Ritz
/// vector until the residual ‖Hv − θv‖ = |β_m·y_m| falls below the tolerance. After each three-term step the new
/// vector is reorthogonalised against the whole basis by classical Gram–Schmidt with the DGKS repeat test, through
/// <see cref="KrylovKernel"/> (block inner products, one read of w per pass).
/// Memory: m + 4 sector vectors, checked before allocation (<see cref="KrylovSizeFor"/>).
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
        int m = KrylovSizeFor(d, krylovSize, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
        var rng = new Random(seed);
        var v = new Complex[d];
        for (int i = 0; i < d; i++) v[i] = new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5);
        Normalize(v);
        var basis = new Complex[m][];
        var w = new Complex[d];
        var overlaps = new Complex[m];
        var nearOverlaps = new Complex[2];
        int matvecs = 0;
        double theta = double.NaN, residual = double.PositiveInfinity;
        for (int restart = 0; restart <= maxRestarts; restart++)
        {
            var alpha = new double[m];
            var beta = new double[m];
            int k = 0;
            basis[0] ??= new Complex[d];
            v.CopyTo(basis[0]);
            for (; k < m; k++)
            {
                op.Apply(basis[k], w);
                matvecs++;
                // Three-term step against v_{k−1} and v_k (their overlaps computed, not assumed), then full
                // reorthogonalisation: classical Gram–Schmidt against every basis vector, repeated while it removes
                // more than 1 − 1/√2 of the norm (the DGKS criterion, Daniel et al. 1976), so V stays orthonormal.
                int local = Math.Min(k + 1, 2);
                var recent = local == 1 ? [basis[k]] : new[] { basis[k - 1], basis[k] };
                var near = nearOverlaps.AsSpan(0, local);
                KrylovKernel.Dots(recent, w, near);
                alpha[k] = near[local - 1].Real;
                for (int j = 0; j < local; j++) near[j] = -near[j];
                KrylovKernel.AddCombination(recent, near, w);
                double normBefore = KrylovKernel.NormSquared(w);
                for (int pass = 0; pass < 3; pass++)
                {
                    KrylovKernel.Dots(basis, w, overlaps.AsSpan(0, k + 1));
                    alpha[k] += overlaps[k].Real;
                    for (int j = 0; j <= k; j++) overlaps[j] = -overlaps[j];
                    KrylovKernel.AddCombination(basis, overlaps.AsSpan(0, k + 1), w);
                    double normAfter = KrylovKernel.NormSquared(w);
                    if (normAfter > 0.5 * normBefore) break;
                    normBefore = normAfter;
                }
                beta[k] = Math.Sqrt(KrylovKernel.NormSquared(w));
                if (k + 1 == m || beta[k] < 1e-14) { k++; break; }
                basis[k + 1] ??= new Complex[d];
                KrylovKernel.Scale(w, 1 / beta[k], basis[k + 1]);
            }
            var (t, y) = LowestOfTridiagonal(alpha, beta, k);
            theta = t;
            residual = Math.Abs(beta[k - 1] * y[k - 1]);
            Array.Clear(v);
            for (int j = 0; j < k; j++) overlaps[j] = y[j];
            KrylovKernel.AddCombination(basis, overlaps.AsSpan(0, k), v);
            Normalize(v);
            if (residual < tolerance || k < m) break;
        }
        double trueResidual = ResidualNorm(op, v, theta);
        if (trueResidual > Math.Max(tolerance * 10, 1e-6))
            throw new QuantumAppsException($"Lanczos did not converge: residual {trueResidual:E2} after {matvecs} matrix–vector products (sector dimension {d})");
        return new EigenResult(theta, op.Embed(v), "lanczos", d, matvecs, trueResidual);
    }

    /// <summary>Smallest Krylov size accepted when memory forces a smaller basis than requested.</summary>
    public const int MinKrylovSize = 10;

    /// <summary>
    /// Krylov size m for a sector of dimension d: the requested size, reduced (restarts then take the strain) when
    /// the m basis vectors plus four working vectors (start/Ritz vector, w, residual check, embedding), 16·d bytes
    /// each, would exceed 80 % of <paramref name="availableBytes"/>; below <see cref="MinKrylovSize"/> the run is
    /// refused with the bytes it would need. 24 qubits (d = 2^24, 256 MiB a vector) keep m = 40 in 24 GiB (11 GiB).
    /// </summary>
    internal static int KrylovSizeFor(int d, int requested, long availableBytes)
    {
        long perVector = (long)d * 16;
        int m = Math.Min(requested, d);
        long budget = availableBytes / 5 * 4;
        long fit = budget / perVector - 4;
        if (fit >= m) return m;
        int minimum = Math.Min(MinKrylovSize, d);
        if (fit < minimum)
            throw new QuantumAppsException($"Lanczos on a sector of dimension {d} needs at least {MemoryGuard.FormatBytes(perVector * (minimum + 4))} ({minimum} Krylov vectors + 4 working vectors of {MemoryGuard.FormatBytes(perVector)}); only {MemoryGuard.FormatBytes(availableBytes)} is available");
        return (int)fit;
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

    private static void Normalize(Complex[] a)
    {
        KrylovKernel.Scale(a, 1 / Math.Sqrt(KrylovKernel.NormSquared(a)), a);
    }
}
