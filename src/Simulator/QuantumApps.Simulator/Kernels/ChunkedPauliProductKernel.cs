using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// AVX2 product φ += H_g·ψ of one X-mask group of a <see cref="GroupedPauliSum"/> over the full space:
/// φ[b ⊕ x] += f(b)·ψ[b] with f(b) = Σ_k c̃_k (−1)^|z_k∧b|.
/// <para>
/// With b = B + e (B a multiple of 8, e &lt; 8; see <see cref="ChunkGeometry"/>) the sign splits as
/// (−1)^|z∧B|·(−1)^|z∧e|, so per chunk and term only the chunk sign is computed (one popcount) and the eight
/// values f(B + e) are accumulated as four vectors F_j += c̃_k (−1)^|z_k∧B| · T_kj, where T_kj holds the in-chunk
/// signs of amplitudes 2j and 2j+1 in complex layout (each sign twice). The products u_j = f ⊙ ψ_j (complex f:
/// F ⊙ ψ + (−G, G) ⊙ swap(ψ) with G the imaginary part) go to vector j ⊕ (x_l ≫ 1) of the target chunk B ⊕ x_h,
/// complex lanes swapped when bit 0 of x is set. Distinct source chunks have distinct target chunks, so disjoint
/// source ranges can run on different threads without sharing an output.
/// </para>
/// </summary>
internal static unsafe class ChunkedPauliProductKernel
{
    /// <summary>Chunk length in amplitudes.</summary>
    internal const int ChunkAmplitudes = ChunkGeometry.ChunkAmplitudes;

    /// <summary>Terms per pass: the in-chunk sign vectors live on the stack (4 vectors per term); larger groups are split.</summary>
    internal const int MaxTerms = 160;

    internal static bool IsSupported => ComplexVector.IsSupported;

    /// <summary>
    /// φ += H_g·ψ for the source chunks whose start lies in [<paramref name="begin"/>, <paramref name="end"/>)
    /// (amplitude indices, multiples of 8), for at most <see cref="MaxTerms"/> terms (z, c̃ = cr + i·ci) with X mask x.
    /// </summary>
    internal static void Accumulate(double* psi, double* phi, long begin, long end, ulong x,
        ReadOnlySpan<ulong> z, ReadOnlySpan<double> cr, ReadOnlySpan<double> ci)
    {
        int terms = z.Length;
        bool needImag = false;
        foreach (double v in ci) needImag |= v != 0;
        Span<Vector256<double>> inChunk = stackalloc Vector256<double>[4 * terms];
        for (int k = 0; k < terms; k++)
            for (int j = 0; j < 4; j++)
            {
                double s0 = ChunkGeometry.InChunkSign(z[k], 2 * j), s1 = ChunkGeometry.InChunkSign(z[k], 2 * j + 1);
                inChunk[4 * k + j] = Vector256.Create(s0, s0, s1, s1);
            }
        var geo = new ChunkGeometry(x, long.MaxValue);
        var lanes = geo.Lanes;
        long o0 = geo.O0, o1 = geo.O1, o2 = geo.O2, o3 = geo.O3;
        var imagSign = Vector256.Create(-1.0, 1.0, -1.0, 1.0);
        for (long chunk = begin; chunk < end; chunk += ChunkAmplitudes)
        {
            Vector256<double> f0 = default, f1 = default, f2 = default, f3 = default;
            Vector256<double> g0 = default, g1 = default, g2 = default, g3 = default;
            for (int k = 0; k < terms; k++)
            {
                double sign = ChunkGeometry.Sign(z[k], chunk);
                var re = Vector256.Create(sign * cr[k]);
                int at = 4 * k;
                f0 = Fma.MultiplyAdd(inChunk[at], re, f0);
                f1 = Fma.MultiplyAdd(inChunk[at + 1], re, f1);
                f2 = Fma.MultiplyAdd(inChunk[at + 2], re, f2);
                f3 = Fma.MultiplyAdd(inChunk[at + 3], re, f3);
                if (!needImag) continue;
                var im = Vector256.Create(sign * ci[k]);
                g0 = Fma.MultiplyAdd(inChunk[at], im, g0);
                g1 = Fma.MultiplyAdd(inChunk[at + 1], im, g1);
                g2 = Fma.MultiplyAdd(inChunk[at + 2], im, g2);
                g3 = Fma.MultiplyAdd(inChunk[at + 3], im, g3);
            }
            double* a = psi + 2 * chunk;
            double* t = phi + 2 * (long)((ulong)chunk ^ geo.Xh);
            Add(t + o0, Product(Avx.LoadVector256(a), f0, g0, imagSign, needImag), lanes);
            Add(t + o1, Product(Avx.LoadVector256(a + 4), f1, g1, imagSign, needImag), lanes);
            Add(t + o2, Product(Avx.LoadVector256(a + 8), f2, g2, imagSign, needImag), lanes);
            Add(t + o3, Product(Avx.LoadVector256(a + 12), f3, g3, imagSign, needImag), lanes);
        }
    }

    /// <summary>
    /// Real form of <see cref="Accumulate"/> for a real ψ and real folded coefficients c̃_k = cr_k: a chunk is two vectors
    /// of four doubles, F_j += c̃_k (−1)^|z_k∧B| · T_kj with T_kj the in-chunk signs of entries 4j..4j+3, and the
    /// products go to vector j ⊕ (bit 2 of x) of the target chunk with their entries permuted by e ↦ e ⊕ (x ∧ 3).
    /// </summary>
    internal static void AccumulateReal(double* psi, double* phi, long begin, long end, ulong x, ReadOnlySpan<ulong> z, ReadOnlySpan<double> cr)
    {
        int terms = z.Length;
        Span<Vector256<double>> inChunk = stackalloc Vector256<double>[2 * terms];
        for (int k = 0; k < terms; k++)
            for (int j = 0; j < 2; j++)
                inChunk[2 * k + j] = Vector256.Create(ChunkGeometry.InChunkSign(z[k], 4 * j), ChunkGeometry.InChunkSign(z[k], 4 * j + 1),
                    ChunkGeometry.InChunkSign(z[k], 4 * j + 2), ChunkGeometry.InChunkSign(z[k], 4 * j + 3));
        ulong xh = x & ~7UL;
        int x3 = (int)(x & 3);
        var slots = Vector256.Create(2 * (0 ^ x3), 2 * (0 ^ x3) + 1, 2 * (1 ^ x3), 2 * (1 ^ x3) + 1,
            2 * (2 ^ x3), 2 * (2 ^ x3) + 1, 2 * (3 ^ x3), 2 * (3 ^ x3) + 1);
        long o0 = (x & 4) == 0 ? 0 : 4, o1 = 4 - o0;
        for (long chunk = begin; chunk < end; chunk += ChunkAmplitudes)
        {
            Vector256<double> f0 = default, f1 = default;
            for (int k = 0; k < terms; k++)
            {
                var c = Vector256.Create(ChunkGeometry.Sign(z[k], chunk) * cr[k]);
                f0 = Fma.MultiplyAdd(inChunk[2 * k], c, f0);
                f1 = Fma.MultiplyAdd(inChunk[2 * k + 1], c, f1);
            }
            double* a = psi + chunk;
            double* t = phi + (long)((ulong)chunk ^ xh);
            Add(t + o0, Avx.Multiply(Avx.LoadVector256(a), f0), slots);
            Add(t + o1, Avx.Multiply(Avx.LoadVector256(a + 4), f1), slots);
        }
    }

    /// <summary>(F + iG)·a per complex lane: F ⊙ a + (−G, G) ⊙ swap(a).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Product(Vector256<double> a, Vector256<double> f, Vector256<double> g, Vector256<double> imagSign, bool needImag) =>
        needImag ? Fma.MultiplyAdd(Avx.Permute(a, 0b0101), Avx.Multiply(g, imagSign), Avx.Multiply(a, f)) : Avx.Multiply(a, f);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(double* target, Vector256<double> u, Vector256<int> lanes) =>
        Avx.Store(target, Avx.Add(Avx.LoadVector256(target), ChunkGeometry.Permute(u, lanes)));
}
