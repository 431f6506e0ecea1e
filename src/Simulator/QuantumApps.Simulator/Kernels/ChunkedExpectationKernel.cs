using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// AVX2 expectation of one X-mask group of a <see cref="GroupedPauliSum"/> (terms c̃_k (−1)^|z_k∧b| |b⊕x⟩⟨b|):
/// E_g = Σ_b Re[c̃_k (−1)^|z_k∧b| conj(ψ[b⊕x]) ψ[b]] summed over the group's terms k.
/// <para>
/// The basis index is split as b = B + e with B a multiple of 8 (a <i>chunk</i>) and e ∈ [0, 8), so that
/// (−1)^|z∧b| = (−1)^|z∧B| · (−1)^|z∧e| and b⊕x = (B ⊕ x_h) + (e ⊕ x_l) with x_h = x ∧ ¬7, x_l = x ∧ 7.
/// A chunk is four vectors of two complex amplitudes; its partner chunk is B ⊕ x_h, read with vector j ⊕ (x_l ≫ 1)
/// and, when bit 0 of x is set, the two complex lanes swapped. For every term only the chunk sign
/// (−1)^|z∧B| enters the loop: per term and vector j the sums A_kj = Σ_B (−1)^|z_k∧B| t_j ⊙ a_j (and, for
/// imaginary c̃, the same with re/im of a swapped) are accumulated, and the eight in-chunk signs
/// (−1)^|z_k∧e| are applied once at the end.
/// </para>
/// <para>
/// With p = the highest bit of x ≥ 3, each pair {b, b⊕x} is visited once from its pivot-clear member and
/// counted twice (the two members contribute complex conjugates); for x &lt; 8 (x = 0 included) every chunk is
/// visited and counted once. Requires AVX2 + FMA and at least 8 amplitudes.
/// </para>
/// </summary>
internal static unsafe class ChunkedExpectationKernel
{
    /// <summary>Chunk length in amplitudes (four Vector256 of two complex each).</summary>
    internal const int ChunkAmplitudes = ChunkGeometry.ChunkAmplitudes;

    internal static bool IsSupported => ComplexVector.IsSupported;

    /// <summary>Largest group handled here; accumulators live on the stack (2 × 4 vectors per term).</summary>
    internal const int MaxTerms = 160;

    /// <summary>E_g for terms (z, c̃ = cr + i·ci) sharing X mask <paramref name="x"/>.</summary>
    internal static double Evaluate(Complex* psi, long len, ulong x, ReadOnlySpan<ulong> z, ReadOnlySpan<double> cr, ReadOnlySpan<double> ci)
    {
        int terms = z.Length;
        if (terms == 1 && (cr[0] == 0 || ci[0] == 0)) return SingleTerm(psi, len, x, z[0], cr[0], ci[0]);
        bool needImag = false;
        foreach (double v in ci) needImag |= v != 0;
        Span<Vector256<double>> accRe = stackalloc Vector256<double>[4 * terms];
        Span<Vector256<double>> accIm = needImag ? stackalloc Vector256<double>[4 * terms] : default;
        accRe.Clear();
        accIm.Clear();

        var geo = new ChunkGeometry(x, len);
        var lanes = geo.Lanes;
        double* p = (double*)psi;
        long o0 = geo.O0, o1 = geo.O1, o2 = geo.O2, o3 = geo.O3;
        for (long blockStart = 0; blockStart < len; blockStart += geo.BlockStride)
        {
            for (long chunk = blockStart; chunk < blockStart + geo.Run; chunk += ChunkAmplitudes)
            {
                double* a = p + 2 * chunk;
                double* t = p + 2 * (long)((ulong)chunk ^ geo.Xh);
                var a0 = Avx.LoadVector256(a); var a1 = Avx.LoadVector256(a + 4);
                var a2 = Avx.LoadVector256(a + 8); var a3 = Avx.LoadVector256(a + 12);
                var t0 = ChunkGeometry.Permute(Avx.LoadVector256(t + o0), lanes); var t1 = ChunkGeometry.Permute(Avx.LoadVector256(t + o1), lanes);
                var t2 = ChunkGeometry.Permute(Avx.LoadVector256(t + o2), lanes); var t3 = ChunkGeometry.Permute(Avx.LoadVector256(t + o3), lanes);
                var pr0 = Avx.Multiply(t0, a0); var pr1 = Avx.Multiply(t1, a1);
                var pr2 = Avx.Multiply(t2, a2); var pr3 = Avx.Multiply(t3, a3);
                Vector256<double> pi0 = default, pi1 = default, pi2 = default, pi3 = default;
                if (needImag)
                {
                    pi0 = Avx.Multiply(t0, Avx.Permute(a0, 0b0101)); pi1 = Avx.Multiply(t1, Avx.Permute(a1, 0b0101));
                    pi2 = Avx.Multiply(t2, Avx.Permute(a2, 0b0101)); pi3 = Avx.Multiply(t3, Avx.Permute(a3, 0b0101));
                }
                for (int k = 0; k < terms; k++)
                {
                    var sign = Vector256.Create(ChunkGeometry.Sign(z[k], chunk));
                    int at = 4 * k;
                    accRe[at] = Fma.MultiplyAdd(pr0, sign, accRe[at]);
                    accRe[at + 1] = Fma.MultiplyAdd(pr1, sign, accRe[at + 1]);
                    accRe[at + 2] = Fma.MultiplyAdd(pr2, sign, accRe[at + 2]);
                    accRe[at + 3] = Fma.MultiplyAdd(pr3, sign, accRe[at + 3]);
                    if (!needImag) continue;
                    accIm[at] = Fma.MultiplyAdd(pi0, sign, accIm[at]);
                    accIm[at + 1] = Fma.MultiplyAdd(pi1, sign, accIm[at + 1]);
                    accIm[at + 2] = Fma.MultiplyAdd(pi2, sign, accIm[at + 2]);
                    accIm[at + 3] = Fma.MultiplyAdd(pi3, sign, accIm[at + 3]);
                }
            }
        }

        double total = 0;
        for (int k = 0; k < terms; k++)
        {
            // Re(conj t·a) = t_re a_re + t_im a_im (both doubles of an element, +);
            // Im(conj t·a) = t_re a_im − t_im a_re (lane order of t ⊙ swap(a): +, −); Re(i·ci·u) = −ci·Im(u).
            double re = 0, im = 0;
            for (int e = 0; e < ChunkAmplitudes; e++)
            {
                double s = ChunkGeometry.InChunkSign(z[k], e);
                var vr = accRe[4 * k + (e >> 1)];
                int lane = 2 * (e & 1);
                re += s * (vr.GetElement(lane) + vr.GetElement(lane + 1));
                if (!needImag) continue;
                var vi = accIm[4 * k + (e >> 1)];
                im += s * (vi.GetElement(lane) - vi.GetElement(lane + 1));
            }
            total += cr[k] * re - ci[k] * im;
        }
        return geo.Paired ? 2 * total : total;
    }

    /// <summary>
    /// One term with c̃ real or imaginary (always so for a Hermitian string): the same chunk walk with the
    /// four accumulators in registers; for imaginary c̃ the re/im of a are swapped before the product.
    /// </summary>
    private static double SingleTerm(Complex* psi, long len, ulong x, ulong z, double cr, double ci)
    {
        bool imag = ci != 0;
        var geo = new ChunkGeometry(x, len);
        var lanes = geo.Lanes;
        var reIm = imag ? Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5) : ChunkGeometry.Identity;
        double* p = (double*)psi;
        long o0 = geo.O0, o1 = geo.O1, o2 = geo.O2, o3 = geo.O3;
        Vector256<double> s0 = default, s1 = default, s2 = default, s3 = default;
        for (long blockStart = 0; blockStart < len; blockStart += geo.BlockStride)
        {
            for (long chunk = blockStart; chunk < blockStart + geo.Run; chunk += ChunkAmplitudes)
            {
                double* a = p + 2 * chunk;
                double* t = p + 2 * (long)((ulong)chunk ^ geo.Xh);
                var sign = Vector256.Create(ChunkGeometry.Sign(z, chunk));
                s0 = Fma.MultiplyAdd(Avx.Multiply(ChunkGeometry.Permute(Avx.LoadVector256(t + o0), lanes), ChunkGeometry.Permute(Avx.LoadVector256(a), reIm)), sign, s0);
                s1 = Fma.MultiplyAdd(Avx.Multiply(ChunkGeometry.Permute(Avx.LoadVector256(t + o1), lanes), ChunkGeometry.Permute(Avx.LoadVector256(a + 4), reIm)), sign, s1);
                s2 = Fma.MultiplyAdd(Avx.Multiply(ChunkGeometry.Permute(Avx.LoadVector256(t + o2), lanes), ChunkGeometry.Permute(Avx.LoadVector256(a + 8), reIm)), sign, s2);
                s3 = Fma.MultiplyAdd(Avx.Multiply(ChunkGeometry.Permute(Avx.LoadVector256(t + o3), lanes), ChunkGeometry.Permute(Avx.LoadVector256(a + 12), reIm)), sign, s3);
            }
        }
        Span<Vector256<double>> acc = [s0, s1, s2, s3];
        double sum = 0;
        for (int e = 0; e < ChunkAmplitudes; e++)
        {
            double s = ChunkGeometry.InChunkSign(z, e);
            var v = acc[e >> 1];
            int lane = 2 * (e & 1);
            sum += s * (imag ? v.GetElement(lane) - v.GetElement(lane + 1) : v.GetElement(lane) + v.GetElement(lane + 1));
        }
        double total = imag ? -ci * sum : cr * sum;
        return geo.Paired ? 2 * total : total;
    }
}
