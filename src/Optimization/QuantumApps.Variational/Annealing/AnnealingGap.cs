using System.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// The spectral gap Δ(s) = E_1(s) − E_0(s) of H(s) = −A(s) Σ_j X_j + B(s)·f·C along the annealing path, and its minimum
/// (the adiabatic theorem's time scale: T ≫ ‖∂_sH‖/Δ_min²). The gap is taken in the space the evolution can reach: the
/// Krylov space of the start |+⟩^n (invariant under H(s) for every s, since every symmetry of C that fixes |+⟩ commutes
/// with H(s)). So a level that the start cannot couple to (e.g. the odd sector of MaxCut's global spin flip, which becomes
/// degenerate with the ground state at s = 1) does not count. When the optimum has several inequivalent solutions, g
/// reachable levels end in the optimal manifold and split only by O((1 − s)^d) near s = 1; transitions among them are
/// harmless, so the gap is Δ(s) = E_g(s) − E_0(s), to the first level that does not end in an optimum (g counted at
/// s = 0.99 as the levels below E_0 + ½·0.99·Δ_P, Δ_P the spacing of the two lowest distinct values of f·C; g = 1 in
/// the common case, where Δ = E_1 − E_0).
/// <para>
/// Method: Lanczos from |+⟩ with full reorthogonalisation (real arithmetic: H is real symmetric), stopped when the two
/// lowest Ritz values change by less than 1e-10 (relative) or the Krylov space is exhausted (β_j &lt; 1e-12, exact); the
/// Ritz values of the tridiagonal matrix by Sturm-sequence bisection. Memory: m + 2 real vectors of 2^n doubles
/// (m ≤ <see cref="MaxKrylov"/>, checked up front). The minimum over s: a grid s = i/G, i = 1..G, then golden-section
/// search on the bracket around the smallest grid value (<see cref="GoldenSteps"/> steps).
/// </para>
/// </summary>
public static class AnnealingGap
{
    /// <summary>
    /// Golden-section steps of the refinement: the bracket (2/G wide) shrinks by 0.618^20 ≈ 6.6e-5, i.e. s to ~1e-5,
    /// far below what the minimum's value needs (it is quadratic there).
    /// </summary>
    public const int GoldenSteps = 20;

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
        int band = OptimalBand(costDiagonal.Span, problemFactor, schedule, cancellationToken);
        double Gap(double s)
        {
            var levels = LowestLevels(costDiagonal.Span, problemFactor, schedule.Driver(s), schedule.Problem(s), band + 1, cancellationToken);
            return levels.Length > band ? levels[band] - levels[0] : double.PositiveInfinity;
        }

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
        for (int k = 0; k < GoldenSteps; k++)
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

    /// <summary>Most levels the optimal band may hold.</summary>
    public const int MaxBand = 8;

    /// <summary>
    /// g = the number of levels of the reachable space that end in the optimal manifold at s = 1: the Ritz values at
    /// s = 0.99 below E_0 + ½·0.99·Δ_P (Δ_P = spacing of the two lowest distinct values of f·C).
    /// </summary>
    private static int OptimalBand(ReadOnlySpan<double> cost, double problemFactor, AnnealingSchedule schedule, CancellationToken cancellationToken)
    {
        double lowest = double.PositiveInfinity, second = double.PositiveInfinity;
        foreach (double c in cost)
        {
            double e = problemFactor * c;
            if (e < lowest - 1e-12 * Math.Max(1.0, Math.Abs(e)))
            {
                second = lowest;
                lowest = e;
            }
            else if (e > lowest + 1e-12 * Math.Max(1.0, Math.Abs(e)) && e < second)
            {
                second = e;
            }
        }

        const double S = 0.99;
        var levels = LowestLevels(cost, problemFactor, schedule.Driver(S), schedule.Problem(S), MaxBand + 1, cancellationToken);
        double threshold = levels[0] + 0.5 * schedule.Problem(S) * (second - lowest);
        int band = levels.Count(e => e < threshold);
        if (band > MaxBand)
        {
            throw new QuantumAppsException($"annealing gap: more than {MaxBand} reachable levels end in the optimum");
        }

        return Math.Max(1, band);
    }

    /// <summary>
    /// The two lowest eigenvalues (E_0, E_1) of −a Σ_j X_j + b·f·C in the Krylov space of |+⟩^n, or (E_0, +∞) when that
    /// space is one-dimensional (|+⟩ is an eigenvector, e.g. b = 0).
    /// </summary>
    public static (double E0, double E1) LowestTwo(ReadOnlySpan<double> cost, double problemFactor, double driver, double problem, CancellationToken cancellationToken = default)
    {
        var levels = LowestLevels(cost, problemFactor, driver, problem, 2, cancellationToken);
        return (levels[0], levels.Length > 1 ? levels[1] : double.PositiveInfinity);
    }

    /// <summary>
    /// The <paramref name="count"/> lowest eigenvalues of −a Σ_j X_j + b·f·C in the Krylov space of |+⟩^n (fewer when
    /// that space is smaller), each converged to 1e-10 relative.
    /// </summary>
    public static double[] LowestLevels(ReadOnlySpan<double> cost, double problemFactor, double driver, double problem, int count, CancellationToken cancellationToken = default)
    {
        int length = cost.Length;
        int n = BitOperations.Log2((uint)length);
        int maxM = Math.Min(MaxKrylov, length);
        var basis = new List<double[]>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var v = new double[length];
        Array.Fill(v, 1 / Math.Sqrt(length));
        double[] previous = [];
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
                    SubtractScaled(w, Dot(u, w), u);
                }
            }

            double norm = Math.Sqrt(Dot(w, w));
            var ritz = LowestTridiagonal(alpha, beta, count);
            bool exhausted = norm < 1e-12 * Math.Max(1.0, Math.Abs(alpha[^1]));
            bool converged = j >= count + 1 && ritz.Length == count && previous.Length == count
                && ritz.Zip(previous).All(x => Math.Abs(x.First - x.Second) <= 1e-10 * Math.Max(1.0, Math.Abs(x.First)));
            if (exhausted || converged)
            {
                return ritz;
            }

            previous = ritz;
            beta.Add(norm);
            for (int b = 0; b < length; b++)
            {
                w[b] /= norm;
            }

            v = w;
        }

        throw new QuantumAppsException($"annealing gap: Lanczos did not converge in {maxM} steps (near-degenerate levels?)");
    }

    /// <summary>Σ x_i y_i, <see cref="Vector{T}"/>-wide partial sums (the reorthogonalisation is most of the cost).</summary>
    private static double Dot(double[] x, double[] y)
    {
        int width = Vector<double>.Count, i = 0;
        var acc = Vector<double>.Zero;
        for (; i <= x.Length - width; i += width)
        {
            acc += new Vector<double>(x, i) * new Vector<double>(y, i);
        }

        double s = Vector.Sum(acc);
        for (; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }

    /// <summary>w ← w − c·u.</summary>
    private static void SubtractScaled(double[] w, double c, double[] u)
    {
        int width = Vector<double>.Count, i = 0;
        var vc = new Vector<double>(c);
        for (; i <= w.Length - width; i += width)
        {
            (new Vector<double>(w, i) - vc * new Vector<double>(u, i)).CopyTo(w, i);
        }

        for (; i < w.Length; i++)
        {
            w[i] -= c * u[i];
        }
    }

    /// <summary>The min(k, m) lowest eigenvalues of the symmetric tridiagonal matrix (diagonal α, off-diagonal β) by Sturm bisection.</summary>
    internal static double[] LowestTridiagonal(IReadOnlyList<double> alpha, IReadOnlyList<double> beta, int k)
    {
        int m = alpha.Count;
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (int i = 0; i < m; i++)
        {
            double r = (i > 0 ? Math.Abs(beta[i - 1]) : 0) + (i < m - 1 ? Math.Abs(beta[i]) : 0);
            lo = Math.Min(lo, alpha[i] - r);
            hi = Math.Max(hi, alpha[i] + r);
        }

        var result = new double[Math.Min(k, m)];
        for (int index = 0; index < result.Length; index++)
        {
            double a = lo, b = hi;
            for (int it = 0; it < 200 && b - a > 1e-14 * Math.Max(1.0, Math.Abs(a) + Math.Abs(b)); it++)
            {
                double x = 0.5 * (a + b);
                if (CountBelow(alpha, beta, x) > index)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }
            }

            result[index] = 0.5 * (a + b);
        }

        return result;
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
