using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>Diagonal 2×2 matrix diag(d0, d1): a0' = d0·a0, a1' = d1·a1 (RZ, phase shift, S, T, Z); d0 = 1 skips a0.</summary>
internal readonly unsafe struct DiagonalPairOperation(Complex d0, Complex d1) : IPairOperation
{
    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        bool skip0 = d0 == Complex.One;
        if (!ComplexVector.IsSupported || run < 2)
        {
            ScalarPairs.Run(this, p, blocks, run, blockStride, partner);
            return;
        }
        var r0 = ComplexVector.Real(d0); var i0 = ComplexVector.ImagSigned(d0);
        var r1 = ComplexVector.Real(d1); var i1 = ComplexVector.ImagSigned(d1);
        long end = 2 * (run & ~1L);
        for (long blk = 0; blk < blocks; blk++)
        {
            double* p0 = p + blk * blockStride;
            double* p1 = p0 + partner;
            if (!skip0)
                for (long o = 0; o < end; o += 4) Avx.Store(p0 + o, ComplexVector.Multiply(Avx.LoadVector256(p0 + o), r0, i0));
            for (long o = 0; o < end; o += 4) Avx.Store(p1 + o, ComplexVector.Multiply(Avx.LoadVector256(p1 + o), r1, i1));
            if ((run & 1) != 0)
            {
                if (!skip0) Scale(p0 + end, d0);
                Scale(p1 + end, d1);
            }
        }
    }

    public void ApplyAdjacent(double* p, long count)
    {
        long k = 0;
        if (ComplexVector.IsSupported)
        {
            var r = ComplexVector.Real(d0, d1); var i = ComplexVector.ImagSigned(d0, d1);
            for (; k < count; k++) Avx.Store(p + 4 * k, ComplexVector.Multiply(Avx.LoadVector256(p + 4 * k), r, i));
        }
        for (; k < count; k++)
        {
            Scale(p + 4 * k, d0);
            Scale(p + 4 * k + 2, d1);
        }
    }

    public void ApplyPair(double* a, double* b)
    {
        Scale(a, d0);
        Scale(b, d1);
    }

    private static void Scale(double* a, Complex d)
    {
        double ar = a[0], ai = a[1];
        a[0] = d.Real * ar - d.Imaginary * ai;
        a[1] = d.Real * ai + d.Imaginary * ar;
    }
}
