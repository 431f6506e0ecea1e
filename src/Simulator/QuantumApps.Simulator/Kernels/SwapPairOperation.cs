using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Pauli X on the pair: a0' = a1, a1' = a0 (X, CNOT, multi-controlled X). Sweeps with short blocks prefetch whole
/// blocks ahead (<see cref="PairPrefetch.BlockAhead"/>).
/// </summary>
internal readonly unsafe struct SwapPairOperation : IPairOperation
{
    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        long ahead = PairPrefetch.BlockAhead(blockStride);
        for (long blk = 0; blk < blocks; blk++)
        {
            double* p0 = p + blk * blockStride;
            double* p1 = p0 + partner;
            long o = 0, end = 2 * run;
            if (Avx.IsSupported)
            {
                for (; o + 8 <= end; o += 8)
                {
                    if (ahead != 0)
                    {
                        Sse.Prefetch0(p0 + o + ahead);
                        Sse.Prefetch0(p1 + o + ahead);
                    }
                    var a = Avx.LoadVector256(p0 + o);
                    var a2 = Avx.LoadVector256(p0 + o + 4);
                    var b = Avx.LoadVector256(p1 + o);
                    var b2 = Avx.LoadVector256(p1 + o + 4);
                    Avx.Store(p0 + o, b);
                    Avx.Store(p0 + o + 4, b2);
                    Avx.Store(p1 + o, a);
                    Avx.Store(p1 + o + 4, a2);
                }
                for (; o + 4 <= end; o += 4)
                {
                    if (ahead != 0)
                    {
                        Sse.Prefetch0(p0 + o + ahead);
                        Sse.Prefetch0(p1 + o + ahead);
                    }
                    var a = Avx.LoadVector256(p0 + o);
                    var b = Avx.LoadVector256(p1 + o);
                    Avx.Store(p0 + o, b);
                    Avx.Store(p1 + o, a);
                }
            }
            for (; o < end; o += 2)
            {
                if (ahead != 0 && Sse.IsSupported)
                {
                    Sse.Prefetch0(p0 + o + ahead);
                    Sse.Prefetch0(p1 + o + ahead);
                }
                double r = p0[o], i = p0[o + 1];
                p0[o] = p1[o];
                p0[o + 1] = p1[o + 1];
                p1[o] = r;
                p1[o + 1] = i;
            }
        }
    }

    public void ApplyPair(double* a, double* b)
    {
        double r = a[0], i = a[1];
        a[0] = b[0];
        a[1] = b[1];
        b[0] = r;
        b[1] = i;
    }

    public void ApplyAdjacent(double* p, long count)
    {
        long k = 0;
        if (Avx2.IsSupported)
        {
            for (; k < count; k++) Avx.Store(p + 4 * k, Avx2.Permute4x64(Avx.LoadVector256(p + 4 * k), 0b01_00_11_10));
        }
        for (; k < count; k++)
        {
            double r = p[4 * k], i = p[4 * k + 1];
            p[4 * k] = p[4 * k + 2];
            p[4 * k + 1] = p[4 * k + 3];
            p[4 * k + 2] = r;
            p[4 * k + 3] = i;
        }
    }
}
