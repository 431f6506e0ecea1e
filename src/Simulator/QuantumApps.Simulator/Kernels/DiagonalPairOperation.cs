using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>Diagonal 2×2 matrix diag(d0, d1): a0' = d0·a0, a1' = d1·a1 (RZ, phase shift, S, T, Z).</summary>
internal readonly unsafe struct DiagonalPairOperation(Complex d0, Complex d1) : IPairOperation
{
    public void Apply(double* p0, double* p1, long count)
    {
        long k = 0;
        bool skip0 = d0 == Complex.One;
        if (ComplexVector.IsSupported && count >= 2)
        {
            var r0 = ComplexVector.Real(d0); var i0 = ComplexVector.ImagSigned(d0);
            var r1 = ComplexVector.Real(d1); var i1 = ComplexVector.ImagSigned(d1);
            for (; k + 2 <= count; k += 2)
            {
                if (!skip0) Avx.Store(p0 + 2 * k, ComplexVector.Multiply(Avx.LoadVector256(p0 + 2 * k), r0, i0));
                Avx.Store(p1 + 2 * k, ComplexVector.Multiply(Avx.LoadVector256(p1 + 2 * k), r1, i1));
            }
        }
        for (; k < count; k++)
        {
            Scale(p0 + 2 * k, d0);
            Scale(p1 + 2 * k, d1);
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

    private static void Scale(double* a, Complex d)
    {
        double ar = a[0], ai = a[1];
        a[0] = d.Real * ar - d.Imaginary * ai;
        a[1] = d.Real * ai + d.Imaginary * ar;
    }
}
