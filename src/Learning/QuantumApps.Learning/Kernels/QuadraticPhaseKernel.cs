using System.Numerics;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Hot loop of the feature maps: the phase θ(b) = θ₀ + Σ_i a_i b_i + Σ_(j&lt;k) w_kj (b_j ⊕ b_k) of every basis index b
/// (bit i of b = b_i) in O(2^n) additions instead of O(n²·2^n). Bit k is added to a table of θ over the lower k bits:
/// with D_k(t) = Σ_(j&lt;k) w_kj b_j(t), an index t with bit k clear gains D_k(t) (b_j ⊕ 0 = b_j) and t + 2^k gains
/// a_k + Σ_(j&lt;k) w_kj − D_k(t) (b_j ⊕ 1 = 1 − b_j); D_k over [0, 2^k) is built by the same doubling. Spans in, no allocation.
/// </summary>
internal static class QuadraticPhaseKernel
{
    /// <summary>
    /// Fills <paramref name="phase"/> (2^n) with e^(iθ(b))·<paramref name="scale"/>; <paramref name="theta"/> and
    /// <paramref name="scratch"/> are work spans of 2^n and 2^(n−1) doubles; <paramref name="w"/> is n×n row-major (only
    /// j &lt; k entries w[k·n + j] are read).
    /// </summary>
    public static void Phases(int n, double theta0, ReadOnlySpan<double> a, ReadOnlySpan<double> w, double scale,
        Span<double> theta, Span<double> scratch, Span<Complex> phase)
    {
        theta[0] = theta0;
        for (int k = 0; k < n; k++)
        {
            int size = 1 << k;
            double c = a[k];
            scratch[0] = 0;
            for (int m = 0; m < k; m++)
            {
                double wkm = w[k * n + m];
                c += wkm;
                int half = 1 << m;
                for (int t = 0; t < half; t++) scratch[half + t] = scratch[t] + wkm;
            }
            for (int t = 0; t < size; t++)
            {
                double d = scratch[t];
                theta[size + t] = theta[t] + c - d;
                theta[t] += d;
            }
        }
        int dim = 1 << n;
        for (int b = 0; b < dim; b++)
        {
            var (s, co) = Math.SinCos(theta[b]);
            phase[b] = new Complex(scale * co, scale * s);
        }
    }
}
