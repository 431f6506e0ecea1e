using System.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// The spectral gap Δ(s) = E_1(s) − E_0(s) of H(s) = −A(s) Σ_j X_j + B(s)·f·C along the annealing path, and its minimum
/// (the adiabatic theorem's time scale: T ≫ ‖∂_sH‖/Δ_min²). The gap is taken in the space the evolution can reach: the
/// Krylov space of the start |+⟩^n (invariant under H(s) for every s, since every symmetry of C that fixes |+⟩ commutes
/// with H(s)). So a level that the start cannot couple to (e.g. the odd sector of MaxCut's global spin flip, which becomes
/// degenerate with the ground state at s = 1) does not count, and a degenerate optimum (both sides of a cut, the two
/// directions of a tour) is one level. At s = 1 the gap is the spacing of the two lowest distinct values of f·C.
/// <para>
/// Method: Lanczos from |+⟩ with full reorthogonalisation (real arithmetic: H is real symmetric), stopped when the two
/// lowest Ritz values change by less than 1e-10 (relative) or the Krylov space is exhausted (β_j &lt; 1e-12, exact); the
/// Ritz values of the tridiagonal matrix by Sturm-sequence bisection. Memory: m + 2 real vectors of 2^n doubles
/// (m ≤ <see cref="MaxKrylov"/>, checked up front). The minimum over s: a grid s = i/G, i = 1..G, then golden-section
/// search on the bracket around the smallest grid value (30 steps).
/// </para>
/// </summary>
public static class AnnealingGap
{
    /// <summary>Largest Krylov basis.</summary>
    public const int MaxKrylov = 160;

    /// <summary>Peak bytes per amplitude: (<see cref="MaxKrylov"/> + 2) real vectors of 8 bytes.</summary>
    public const int BytesPerAmplitude = (MaxKrylov + 2) * 8;

    /// <summary>(Δ_min, s at the minimum) over s ∈ (0, 1].</summary>
    public static (double Gap, double At) Minimum(ReadOnlyMemory<double> costDiagonal, double problemFactor, AnnealingSchedule schedule, int gridPoints,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (gridPoints < 2)
        {
            throw new QuantumAppsException($"annealing gap: at least 2 grid points, got {gridPoints}");
        }

        int n = BitOperations.Log2((uint)costDiagonal.Length);
        MemoryGuard.EnsureFits(n, BytesPerAmplitude, $"annealing gap (Lanczos with up to {MaxKrylov} Krylov vectors of 8 bytes per amplitude)");
        double Gap(double s) => LowestTwo(costDiagonal.Span, problemFactor, schedule.Driver(s), schedule.Problem(s), cancellationToken) is var (e0, e1) ? e1 - e0 : double.NaN;
        int bestIndex = 1;
        double bestGap = double.PositiveInfinity;
        for (int i = 1; i <= gridPoints; i++)
        {
            double g = Gap((double)i / gridPoints);
            if (g < bestGap)
            {
                bestGap = g;
                bestIndex = i;
            }
        }

        double lo = (double)(bestIndex - 1) / gridPoints, hi = Math.Min(1.0, (double)(bestIndex + 1) / gridPoints);
        lo = Math.Max(lo, 1e-6);
        double phi = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - phi * (hi - lo), x2 = lo + phi * (hi - lo);
        double f1 = Gap(x1), f2 = Gap(x2);
        for (int k = 0; k < 30; k++)
        {
            if (f1 < f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - phi * (hi - lo);
                f1 = Gap(x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + phi * (hi - lo);
                f2 = Gap(x2);
            }
        }

        double at = (double)bestIndex / gridPoints;
        foreach (var (x, f) in new[] { (x1, f1), (x2, f2) })
        {
            if (f < bestGap)
            {
                bestGap = f;
                at = x;
            }
        }

        return (bestGap, at);
    }

    /// <summary>
    /// The two lowest eigenvalues (E_0, E_1) of −a Σ_j X_j + b·f·C in the Krylov space of |+⟩^n, or (E_0, +∞) when that
    /// space is one-dimensional (|+⟩ is an eigenvector, e.g. b = 0).
    /// </summary>
    public static (double E0, double E1) LowestTwo(ReadOnlySpan<double> cost, double problemFactor, double driver, double problem, CancellationToken cancellationToken = default)
    {
        int length = cost.Length;
        int n = BitOperations.Log2((uint)length);
        int maxM = Math.Min(MaxKrylov, length);
        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var v = new double[length];
        Array.Fill(v, 1 / Math.Sqrt(length));
        double previous0 = double.NaN, previous1 = double.NaN;
        double diagonalFactor = problem * problemFactor;
        for (int j = 0; j < maxM; j++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            basis.Add(v);
            var w = new double[length];
            for (int b = 0; b < length; b++)
            {
                double sum = 0;
                for (int q = 0; q < n; q++)
                {
                    sum += v[b ^ (1 << q)];
                }

                w[b] = diagonalFactor * cost[b] * v[b] - driver * sum;
            }

            alpha.Add(Dot(v, w));
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var u in basis)
                {
                    double c = Dot(u, w);
                    for (int b = 0; b < length; b++)
                    {
                        w[b] -= c * u[b];
                    }
                }
            }

            double norm = Math.Sqrt(Dot(w, w));
            var (t0, t1) = LowestTwoTridiagonal(alpha, beta);
            bool exhausted = norm < 1e-12 * Math.Max(1.0, Math.Abs(alpha[^1]));
            bool converged = j >= 2 && Math.Abs(t0 - previous0) <= 1e-10 * Math.Max(1.0, Math.Abs(t0))
                && Math.Abs(t1 - previous1) <= 1e-10 * Math.Max(1.0, Math.Abs(t1));
            if (exhausted || converged)
            {
                return (t0, t1);
            }

            previous0 = t0;
            previous1 = t1;
            beta.Add(norm);
            for (int b = 0; b < length; b++)
            {
                w[b] /= norm;
            }

            v = w;
        }

        throw new QuantumAppsException($"annealing gap: Lanczos did not converge in {maxM} steps (near-degenerate levels?)");
    }

    private static double Dot(double[] x, double[] y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }

    /// <summary>The two lowest eigenvalues of the symmetric tridiagonal matrix (diagonal α, off-diagonal β) by Sturm bisection; (λ_0, +∞) for 1×1.</summary>
    internal static (double, double) LowestTwoTridiagonal(IReadOnlyList<double> alpha, IReadOnlyList<double> beta)
    {
        int m = alpha.Count;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < m; i++)
        {
            double r = (i > 0 ? Math.Abs(beta[i - 1]) : 0) + (i < m - 1 ? Math.Abs(beta[i]) : 0);
            lo = Math.Min(lo, alpha[i] - r);
            hi = Math.Max(hi, alpha[i] + r);
        }

        double Kth(int k)
        {
            double a = lo, b = hi;
            for (int it = 0; it < 200 && b - a > 1e-14 * Math.Max(1.0, Math.Abs(a) + Math.Abs(b)); it++)
            {
                double x = 0.5 * (a + b);
                if (CountBelow(alpha, beta, x) > k)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }
            }

            return 0.5 * (a + b);
        }

        return (Kth(0), m > 1 ? Kth(1) : double.PositiveInfinity);
    }

    private static int CountBelow(IReadOnlyList<double> alpha, IReadOnlyList<double> beta, double x)
    {
        int count = 0;
        double q = 1;
        for (int i = 0; i < alpha.Count; i++)
        {
            double b2 = i > 0 ? beta[i - 1] * beta[i - 1] : 0;
            q = alpha[i] - x - (i > 0 ? b2 / q : 0);
            if (q == 0)
            {
                q = 1e-300;
            }

            if (q < 0)
            {
                count++;
            }
        }

        return count;
    }
}
