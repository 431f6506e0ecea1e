using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>General 2×2 complex matrix [[m00, m01], [m10, m11]]: a0' = m00·a0 + m01·a1, a1' = m10·a0 + m11·a1.</summary>
internal readonly unsafe struct MatrixPairOperation(Complex m00, Complex m01, Complex m10, Complex m11) : IPairOperation
{
    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        if (!ComplexVector.IsSupported || run < 2)
        {
            ScalarPairs.Run(this, p, blocks, run, blockStride, partner);
            return;
        }
        var r00 = ComplexVector.Real(m00); var i00 = ComplexVector.ImagSigned(m00);
        var r01 = ComplexVector.Real(m01); var i01 = ComplexVector.ImagSigned(m01);
        var r10 = ComplexVector.Real(m10); var i10 = ComplexVector.ImagSigned(m10);
        var r11 = ComplexVector.Real(m11); var i11 = ComplexVector.ImagSigned(m11);
        long end = 2 * (run & ~1L);
        for (long blk = 0; blk < blocks; blk++)
        {
            double* p0 = p + blk * blockStride;
            double* p1 = p0 + partner;
            long o = 0;
            for (; o + 8 <= end; o += 8)
            {
                var a0 = Avx.LoadVector256(p0 + o); var b0 = Avx.LoadVector256(p0 + o + 4);
                var a1 = Avx.LoadVector256(p1 + o); var b1 = Avx.LoadVector256(p1 + o + 4);
                Avx.Store(p0 + o, ComplexVector.MultiplyAdd(a1, r01, i01, ComplexVector.Multiply(a0, r00, i00)));
                Avx.Store(p0 + o + 4, ComplexVector.MultiplyAdd(b1, r01, i01, ComplexVector.Multiply(b0, r00, i00)));
                Avx.Store(p1 + o, ComplexVector.MultiplyAdd(a1, r11, i11, ComplexVector.Multiply(a0, r10, i10)));
                Avx.Store(p1 + o + 4, ComplexVector.MultiplyAdd(b1, r11, i11, ComplexVector.Multiply(b0, r10, i10)));
            }
            for (; o < end; o += 4)
            {
                var a0 = Avx.LoadVector256(p0 + o);
                var a1 = Avx.LoadVector256(p1 + o);
                Avx.Store(p0 + o, ComplexVector.MultiplyAdd(a1, r01, i01, ComplexVector.Multiply(a0, r00, i00)));
                Avx.Store(p1 + o, ComplexVector.MultiplyAdd(a1, r11, i11, ComplexVector.Multiply(a0, r10, i10)));
            }
            if ((run & 1) != 0) ApplyPair(p0 + end, p1 + end);
        }
    }

    public void ApplyAdjacent(double* p, long count)
    {
        long k = 0;
        if (ComplexVector.IsSupported)
        {
            var rLo = ComplexVector.Real(m00, m10); var iLo = ComplexVector.ImagSigned(m00, m10);
            var rHi = ComplexVector.Real(m01, m11); var iHi = ComplexVector.ImagSigned(m01, m11);
            for (; k < count; k++)
            {
                var v = Avx.LoadVector256(p + 4 * k);
                var lo = Avx2.Permute4x64(v, 0b01_00_01_00);
                var hi = Avx2.Permute4x64(v, 0b11_10_11_10);
                Avx.Store(p + 4 * k, ComplexVector.MultiplyAdd(hi, rHi, iHi, ComplexVector.Multiply(lo, rLo, iLo)));
            }
        }
        for (; k < count; k++) ApplyPair(p + 4 * k, p + 4 * k + 2);
    }

    public void ApplyPair(double* a, double* b)
    {
        double ar = a[0], ai = a[1], br = b[0], bi = b[1];
        a[0] = m00.Real * ar - m00.Imaginary * ai + m01.Real * br - m01.Imaginary * bi;
        a[1] = m00.Real * ai + m00.Imaginary * ar + m01.Real * bi + m01.Imaginary * br;
        b[0] = m10.Real * ar - m10.Imaginary * ai + m11.Real * br - m11.Imaginary * bi;
        b[1] = m10.Real * ai + m10.Imaginary * ar + m11.Real * bi + m11.Imaginary * br;
    }
}
