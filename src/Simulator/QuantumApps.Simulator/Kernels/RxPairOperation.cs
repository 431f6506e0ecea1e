using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// RX(θ) = [[c, −is], [−is, c]] with c = cos θ/2, s = sin θ/2: a0' = c·a0 − i s·a1, a1' = c·a1 − i s·a0.
/// Since −i s·(x + iy) = (s·y, −s·x), each output is one multiply and one FMA on the partner with its re/im
/// swapped: a0' = c·a0 + (s, −s) ⊙ swap(a1) — a third of the general 2×2 kernel's arithmetic. The loop is
/// <see cref="RotationSweep"/>.
/// </summary>
internal readonly unsafe struct RxPairOperation : IPairOperation, IRotationArithmetic
{
    private readonly double _c, _s;
    private readonly Vector256<double> _vc, _vs;

    internal RxPairOperation(double c, double s)
    {
        _c = c;
        _s = s;
        _vc = Vector256.Create(c);
        _vs = Vector256.Create(s, -s, s, -s);
    }

    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        if (!ComplexVector.IsSupported || run < 2) ScalarPairs.Run(this, p, blocks, run, blockStride, partner);
        else RotationSweep.Pairs(this, p, blocks, run, blockStride, partner);
    }

    public void ApplyAdjacent(double* p, long count)
    {
        if (ComplexVector.IsSupported) RotationSweep.Adjacent(this, p, count);
        else
            for (long k = 0; k < count; k++) ApplyPair(p + 4 * k, p + 4 * k + 2);
    }

    public void ApplyPair(double* a, double* b)
    {
        double ar = a[0], ai = a[1], br = b[0], bi = b[1];
        a[0] = _c * ar + _s * bi;
        a[1] = _c * ai - _s * br;
        b[0] = _c * br + _s * ai;
        b[1] = _c * bi - _s * ar;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> First(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(Avx.Permute(a1, 0b0101), _vs, Avx.Multiply(a0, _vc));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Second(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(Avx.Permute(a0, 0b0101), _vs, Avx.Multiply(a1, _vc));

    /// <summary>v = (a0, a1) → c·v + (s, −s, s, −s) ⊙ (im1, re1, im0, re0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Adjacent(Vector256<double> v) => Fma.MultiplyAdd(Avx2.Permute4x64(v, 0b00_01_10_11), _vs, Avx.Multiply(v, _vc));
}
