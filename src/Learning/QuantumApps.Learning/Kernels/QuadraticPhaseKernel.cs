namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Hot loops of the feature maps, spans in, no allocation.
/// <para><see cref="Phases"/>: e^(iθ(b)) for θ(b) = θ₀ + Σ_i a_i b_i + Σ_(j&lt;k) w_kj (b_j ⊕ b_k) over every basis index b
/// (bit i of b = b_i) in O(2^n) complex multiplications and O(n²) sin/cos, never one sin/cos per amplitude. Bit k is added
/// to a table P of e^(iθ) over the lower k bits: with D_k(t) = Σ_(j&lt;k) w_kj b_j(t) and E_k(t) = e^(iD_k(t)), an index t
/// with bit k clear gains D_k(t) (b_j ⊕ 0 = b_j): P[t] ← P[t]·E_k(t); t + 2^k gains c_k − D_k(t) with
/// c_k = a_k + Σ_(j&lt;k) w_kj (b_j ⊕ 1 = 1 − b_j): P[t + 2^k] ← P[t]·e^(ic_k)·conj(E_k(t)). E_k over [0, 2^k) is built by
/// the same doubling, E[t + 2^m] = E[t]·e^(iw_km). Every entry is a product of at most 2n unit factors, so the rounding
/// stays below ~2n·1e-16.</para>
/// <para><see cref="WalshHadamard"/>: H on every qubit without the 2^(−n/2) factor, in place on real and imaginary parts.</para>
/// </summary>
internal static class QuadraticPhaseKernel
{
    /// <summary>
    /// Fills <paramref name="phaseRe"/>, <paramref name="phaseIm"/> (2^n) with e^(iθ(b)); <paramref name="eRe"/>,
    /// <paramref name="eIm"/> are work spans of 2^(n−1) (at least 1); <paramref name="w"/> is n×n row-major (only j &lt; k
    /// entries w[k·n + j] are read).
    /// </summary>
    public static void Phases(int n, double theta0, ReadOnlySpan<double> a, ReadOnlySpan<double> w,
        Span<double> phaseRe, Span<double> phaseIm, Span<double> eRe, Span<double> eIm)
    {
        (phaseIm[0], phaseRe[0]) = Math.SinCos(theta0);
        for (int k = 0; k < n; k++)
        {
            int size = 1 << k;
            double c = a[k];
            eRe[0] = 1;
            eIm[0] = 0;
            for (int m = 0; m < k; m++)
            {
                double wkm = w[k * n + m];
                c += wkm;
                var (ws, wc) = Math.SinCos(wkm);
                int half = 1 << m;
                for (int t = 0; t < half; t++)
                {
                    double er = eRe[t], ei = eIm[t];
                    eRe[half + t] = er * wc - ei * ws;
                    eIm[half + t] = er * ws + ei * wc;
                }
            }
            var (cs, cc) = Math.SinCos(c);
            for (int t = 0; t < size; t++)
            {
                double pr = phaseRe[t], pi = phaseIm[t], er = eRe[t], ei = eIm[t];
                // p·conj(e)·e^(ic)
                double qr = pr * er + pi * ei, qi = pi * er - pr * ei;
                phaseRe[size + t] = qr * cc - qi * cs;
                phaseIm[size + t] = qr * cs + qi * cc;
                phaseRe[t] = pr * er - pi * ei;
                phaseIm[t] = pr * ei + pi * er;
            }
        }
    }

    /// <summary>In-place unnormalised Walsh–Hadamard transform of the state (re, im): (u, v) ← (u + v, u − v) for every bit.</summary>
    public static void WalshHadamard(Span<double> re, Span<double> im)
    {
        int dim = re.Length;
        int width = System.Numerics.Vector<double>.Count;
        for (int h = 1; h < dim; h <<= 1)
        {
            for (int s = 0; s < dim; s += 2 * h)
            {
                if (h >= width)
                {
                    Butterfly(re.Slice(s, h), re.Slice(s + h, h));
                    Butterfly(im.Slice(s, h), im.Slice(s + h, h));
                    continue;
                }
                for (int t = s; t < s + h; t++)
                {
                    double u = re[t], v = re[t + h];
                    re[t] = u + v;
                    re[t + h] = u - v;
                    u = im[t];
                    v = im[t + h];
                    im[t] = u + v;
                    im[t + h] = u - v;
                }
            }
        }
    }

    private static void Butterfly(Span<double> x, Span<double> y)
    {
        var vx = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(x);
        var vy = System.Runtime.InteropServices.MemoryMarshal.Cast<double, System.Numerics.Vector<double>>(y);
        for (int t = 0; t < vx.Length; t++)
        {
            var u = vx[t];
            var v = vy[t];
            vx[t] = u + v;
            vy[t] = u - v;
        }
    }

    /// <summary>(re, im) ← (re, im)·(phaseRe, phaseIm)·<paramref name="scale"/>, element by element.</summary>
    public static void MultiplyPhase(Span<double> re, Span<double> im, ReadOnlySpan<double> phaseRe, ReadOnlySpan<double> phaseIm, double scale)
    {
        for (int b = 0; b < re.Length; b++)
        {
            double xr = re[b], xi = im[b], pr = phaseRe[b] * scale, pi = phaseIm[b] * scale;
            re[b] = xr * pr - xi * pi;
            im[b] = xr * pi + xi * pr;
        }
    }
}
