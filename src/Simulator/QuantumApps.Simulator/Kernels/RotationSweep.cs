using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// The AVX2 loop shared by the RX and real-matrix (RY, H) kernels: blocks of runs of pairs, two vectors per stream and iteration with
/// the <see cref="PairPrefetch"/> plan, a one-vector loop for target 1 (runs of two pairs), and the adjacent loop for
/// target 0 with one linear prefetch stream. Odd leftovers go to the operation's scalar <c>ApplyPair</c>.
/// Requires AVX2 + FMA and runs of at least two pairs.
/// </summary>
internal static unsafe class RotationSweep
{
    internal static void Pairs<TOp>(TOp op, double* p, long blocks, long run, long blockStride, long partner)
        where TOp : struct, IPairOperation, IRotationArithmetic
    {
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
                Avx.Store(p0 + o, op.First(a0, a1));
                Avx.Store(p0 + o + 4, op.First(b0, b1));
                Avx.Store(p1 + o, op.Second(a0, a1));
                Avx.Store(p1 + o + 4, op.Second(b0, b1));
            }
            for (; o < end; o += 4)
            {
                // Target 1 (runs of one vector per stream): this loop is the whole block, one cache line.
                Sse.Prefetch0(p0 + o + ComplexVector.PrefetchDoubles);
                var a0 = Avx.LoadVector256(p0 + o);
                var a1 = Avx.LoadVector256(p1 + o);
                Avx.Store(p0 + o, op.First(a0, a1));
                Avx.Store(p1 + o, op.Second(a0, a1));
            }
            if ((run & 1) != 0) op.ApplyPair(p0 + end, p1 + end);
        }
    }

    internal static void Adjacent<TOp>(TOp op, double* p, long count)
        where TOp : struct, IPairOperation, IRotationArithmetic
    {
        long k = 0;
        for (; k + 2 <= count; k += 2)
        {
            Sse.Prefetch0(p + 4 * k + ComplexVector.PrefetchDoubles);
            var v = Avx.LoadVector256(p + 4 * k);
            var w = Avx.LoadVector256(p + 4 * k + 4);
            Avx.Store(p + 4 * k, op.Adjacent(v));
            Avx.Store(p + 4 * k + 4, op.Adjacent(w));
        }
        for (; k < count; k++) Avx.Store(p + 4 * k, op.Adjacent(Avx.LoadVector256(p + 4 * k)));
    }
}
