using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>Pauli X on the pair: a0' = a1, a1' = a0 (X, CNOT, Toffoli-style controlled X).</summary>
internal readonly unsafe struct SwapPairOperation : IPairOperation
{
    public void Apply(double* p0, double* p1, long count)
    {
        long k = 0;
        if (Avx.IsSupported)
        {
            for (; k + 2 <= count; k += 2)
            {
                var a = Avx.LoadVector256(p0 + 2 * k);
                var b = Avx.LoadVector256(p1 + 2 * k);
                Avx.Store(p0 + 2 * k, b);
                Avx.Store(p1 + 2 * k, a);
            }
        }
        for (; k < count; k++)
        {
            double r = p0[2 * k], i = p0[2 * k + 1];
            p0[2 * k] = p1[2 * k];
            p0[2 * k + 1] = p1[2 * k + 1];
            p1[2 * k] = r;
            p1[2 * k + 1] = i;
        }
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
