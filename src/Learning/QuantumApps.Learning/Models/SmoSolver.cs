using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// The C-SVM dual min_α ½ αᵀQα − eᵀα subject to 0 ≤ α_i ≤ C, yᵀα = 0, Q_ij = y_i y_j K_ij, over a precomputed kernel
/// matrix, solved by SMO with the second-order working-set selection of Fan, Chen &amp; Lin (JMLR 6, 1889, 2005; "WSS 3"),
/// as LIBSVM 3.x (without shrinking): i maximises −y_t ∇f_t over I_up, j minimises −b_it²/a_it over I_low with
/// b_it = −y_i∇f_i + y_t∇f_t &gt; 0 and a_it = K_ii + K_tt − 2K_it (τ = 1e-12 when not positive); stop when
/// m(α) − M(α) &lt; <c>tolerance</c> (scikit-learn's <c>tol</c>, default 1e-3). The two-variable update and the clipping
/// to the box follow LIBSVM's <c>Solver::Solve</c>; ρ is the mean of y_i∇f_i over free multipliers, or the midpoint of
/// the bounds when none is free (<c>calculate_rho</c>). The kernel matrix may be indefinite (a shot-sampled kernel): τ keeps
/// every step finite.
/// </summary>
public static class SmoSolver
{
    private const double Tau = 1e-12;

    /// <summary>Solves the dual for the n×n kernel <paramref name="kernel"/> (row-major) and labels ±1.</summary>
    public static SvmSolution Solve(ReadOnlySpan<double> kernel, ReadOnlySpan<int> y, double c, double tolerance = 1e-3, int maxIterations = 10_000_000,
        CancellationToken cancellationToken = default)
    {
        int n = y.Length;
        if (kernel.Length != n * n) throw new QuantumAppsException($"the kernel has {kernel.Length} entries, {n}×{n} needed");
        if (!(c > 0) || !double.IsFinite(c)) throw new QuantumAppsException($"C must be positive, not {c}");
        bool hasPlus = false, hasMinus = false;
        for (int i = 0; i < n; i++)
        {
            if (y[i] == 1) hasPlus = true;
            else if (y[i] == -1) hasMinus = true;
            else throw new QuantumAppsException($"SVM labels must be ±1, not {y[i]}");
        }
        if (!hasPlus || !hasMinus) throw new QuantumAppsException("an SVM needs samples of both classes");
        var alpha = new double[n];
        var g = new double[n];
        Array.Fill(g, -1.0);
        int iter = 0;
        bool converged = false;
        while (iter < maxIterations)
        {
            if ((iter & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            double gMax = double.NegativeInfinity, gMax2 = double.NegativeInfinity;
            int i = -1;
            for (int t = 0; t < n; t++)
            {
                if (y[t] == 1) { if (alpha[t] < c && -g[t] >= gMax) { gMax = -g[t]; i = t; } }
                else if (alpha[t] > 0 && g[t] >= gMax) { gMax = g[t]; i = t; }
            }
            int j = -1;
            double objMin = double.PositiveInfinity;
            if (i >= 0)
            {
                var ki = kernel.Slice(i * n, n);
                double kii = ki[i];
                for (int t = 0; t < n; t++)
                {
                    double gradDiff, quad;
                    if (y[t] == 1)
                    {
                        if (alpha[t] <= 0) continue;
                        gradDiff = gMax + g[t];
                        if (g[t] >= gMax2) gMax2 = g[t];
                        quad = kii + kernel[t * n + t] - 2 * ki[t];
                    }
                    else
                    {
                        if (alpha[t] >= c) continue;
                        gradDiff = gMax - g[t];
                        if (-g[t] >= gMax2) gMax2 = -g[t];
                        quad = kii + kernel[t * n + t] - 2 * ki[t];
                    }
                    if (gradDiff > 0)
                    {
                        double obj = -gradDiff * gradDiff / (quad > 0 ? quad : Tau);
                        if (obj <= objMin) { objMin = obj; j = t; }
                    }
                }
            }
            if (i < 0 || j < 0 || gMax + gMax2 < tolerance)
            {
                converged = true;
                break;
            }
            iter++;
            Step(kernel, y, c, alpha, g, i, j, n);
        }
        return new SvmSolution(alpha, y.ToArray(), Rho(y, c, alpha, g), iter, converged);
    }

    private static void Step(ReadOnlySpan<double> kernel, ReadOnlySpan<int> y, double c, double[] alpha, double[] g, int i, int j, int n)
    {
        var ki = kernel.Slice(i * n, n);
        var kj = kernel.Slice(j * n, n);
        double qii = ki[i], qjj = kj[j], qij = y[i] * y[j] * ki[j];
        double oldI = alpha[i], oldJ = alpha[j];
        if (y[i] != y[j])
        {
            double quad = qii + qjj + 2 * qij;
            if (quad <= 0) quad = Tau;
            double delta = (-g[i] - g[j]) / quad;
            double diff = alpha[i] - alpha[j];
            alpha[i] += delta;
            alpha[j] += delta;
            if (diff > 0) { if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = diff; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = -diff; }
            if (diff > 0) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = c - diff; } }
            else if (alpha[j] > c) { alpha[j] = c; alpha[i] = c + diff; }
        }
        else
        {
            double quad = qii + qjj - 2 * qij;
            if (quad <= 0) quad = Tau;
            double delta = (g[i] - g[j]) / quad;
            double sum = alpha[i] + alpha[j];
            alpha[i] -= delta;
            alpha[j] += delta;
            if (sum > c) { if (alpha[i] > c) { alpha[i] = c; alpha[j] = sum - c; } }
            else if (alpha[j] < 0) { alpha[j] = 0; alpha[i] = sum; }
            if (sum > c) { if (alpha[j] > c) { alpha[j] = c; alpha[i] = sum - c; } }
            else if (alpha[i] < 0) { alpha[i] = 0; alpha[j] = sum; }
        }
        double dI = alpha[i] - oldI, dJ = alpha[j] - oldJ;
        for (int t = 0; t < n; t++) g[t] += y[t] * (y[i] * ki[t] * dI + y[j] * kj[t] * dJ);
    }

    private static double Rho(ReadOnlySpan<int> y, double c, double[] alpha, double[] g)
    {
        double ub = double.PositiveInfinity, lb = double.NegativeInfinity, sumFree = 0;
        int free = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double yg = y[i] * g[i];
            if (alpha[i] >= c)
            {
                if (y[i] == -1) ub = Math.Min(ub, yg);
                else lb = Math.Max(lb, yg);
            }
            else if (alpha[i] <= 0)
            {
                if (y[i] == 1) ub = Math.Min(ub, yg);
                else lb = Math.Max(lb, yg);
            }
            else
            {
                free++;
                sumFree += yg;
            }
        }
        return free > 0 ? sumFree / free : (ub + lb) / 2;
    }
}
