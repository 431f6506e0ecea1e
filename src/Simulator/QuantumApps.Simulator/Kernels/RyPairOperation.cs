using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// RY(θ) = [[c, −s], [s, c]] with c = cos θ/2, s = sin θ/2: a real rotation, a0' = c·a0 − s·a1,
/// a1' = s·a0 + c·a1 — one multiply and one FMA per output vector, no shuffles.
/// </summary>
internal readonly unsafe struct RyPairOperation(double c, double s) : IPairOperation
{
    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        if (!ComplexVector.IsSupported || run < 2)
        {
            ScalarPairs.Run(this, p, blocks, run, blockStride, partner);
            return;
        }
        var vc = Vector256.Create(c);
        var vs = Vector256.Create(s);
        var vn = Vector256.Create(-s);
        long end = 2 * (run & ~1L);
        var prefetch = new PairPrefetch(blockStride, partner);
        for (long blk = 0; blk < blocks; blk++)
        {
            double* p0 = p + blk * blockStride;
            double* p1 = p0 + partner;
            long o = 0;
            for (; o + 8 <= end; o += 8)
            {
                prefetch.Issue(p0, o);
                var a0 = Avx.LoadVector256(p0 + o); var b0 = Avx.LoadVector256(p0 + o + 4);
                var a1 = Avx.LoadVector256(p1 + o); var b1 = Avx.LoadVector256(p1 + o + 4);
                Avx.Store(p0 + o, Fma.MultiplyAdd(a1, vn, Avx.Multiply(a0, vc)));
                Avx.Store(p0 + o + 4, Fma.MultiplyAdd(b1, vn, Avx.Multiply(b0, vc)));
                Avx.Store(p1 + o, Fma.MultiplyAdd(a0, vs, Avx.Multiply(a1, vc)));
                Avx.Store(p1 + o + 4, Fma.MultiplyAdd(b0, vs, Avx.Multiply(b1, vc)));
            }
            for (; o < end; o += 4)
            {
                // Target 1 (runs of one vector per stream): this loop is the whole block, one cache line.
                Sse.Prefetch0(p0 + o + ComplexVector.PrefetchDoubles);
                var a0 = Avx.LoadVector256(p0 + o);
                var a1 = Avx.LoadVector256(p1 + o);
                Avx.Store(p0 + o, Fma.MultiplyAdd(a1, vn, Avx.Multiply(a0, vc)));
                Avx.Store(p1 + o, Fma.MultiplyAdd(a0, vs, Avx.Multiply(a1, vc)));
            }
            if ((run & 1) != 0) ApplyPair(p0 + end, p1 + end);
        }
    }

    /// <summary>Target 0: v = (a0, a1) → c·v + (−s, −s, s, s) ⊙ (a1, a0).</summary>
    public void ApplyAdjacent(double* p, long count)
    {
        long k = 0;
        if (ComplexVector.IsSupported)
        {
            var vc = Vector256.Create(c);
            var vs = Vector256.Create(-s, -s, s, s);
            for (; k + 2 <= count; k += 2)
            {
                Sse.Prefetch0(p + 4 * k + ComplexVector.PrefetchDoubles);
                var v = Avx.LoadVector256(p + 4 * k);
                var w = Avx.LoadVector256(p + 4 * k + 4);
                Avx.Store(p + 4 * k, Fma.MultiplyAdd(Avx2.Permute4x64(v, 0b01_00_11_10), vs, Avx.Multiply(v, vc)));
                Avx.Store(p + 4 * k + 4, Fma.MultiplyAdd(Avx2.Permute4x64(w, 0b01_00_11_10), vs, Avx.Multiply(w, vc)));
            }
            for (; k < count; k++)
            {
                var v = Avx.LoadVector256(p + 4 * k);
                Avx.Store(p + 4 * k, Fma.MultiplyAdd(Avx2.Permute4x64(v, 0b01_00_11_10), vs, Avx.Multiply(v, vc)));
            }
        }
        for (; k < count; k++) ApplyPair(p + 4 * k, p + 4 * k + 2);
    }

    public void ApplyPair(double* a, double* b)
    {
        double ar = a[0], ai = a[1], br = b[0], bi = b[1];
        a[0] = c * ar - s * br;
        a[1] = c * ai - s * bi;
        b[0] = s * ar + c * br;
        b[1] = s * ai + c * bi;
    }
}
