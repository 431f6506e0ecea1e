using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// RY(θ) = [[c, −s], [s, c]] with c = cos θ/2, s = sin θ/2: a real rotation, a0' = c·a0 − s·a1,
/// a1' = s·a0 + c·a1 — one multiply and one FMA per output vector, no shuffles. The loop is
/// <see cref="RotationSweep"/>.
/// </summary>
internal readonly unsafe struct RyPairOperation : IPairOperation, IRotationArithmetic
{
    private readonly double _c, _s;
    private readonly Vector256<double> _vc, _vs, _vn, _vAdjacent;

    internal RyPairOperation(double c, double s)
    {
        _c = c;
        _s = s;
        _vc = Vector256.Create(c);
        _vs = Vector256.Create(s);
        _vn = Vector256.Create(-s);
        _vAdjacent = Vector256.Create(-s, -s, s, s);
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
        a[0] = _c * ar - _s * br;
        a[1] = _c * ai - _s * bi;
        b[0] = _s * ar + _c * br;
        b[1] = _s * ai + _c * bi;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> First(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(a1, _vn, Avx.Multiply(a0, _vc));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Second(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(a0, _vs, Avx.Multiply(a1, _vc));

    /// <summary>v = (a0, a1) → c·v + (−s, −s, s, s) ⊙ (a1, a0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Adjacent(Vector256<double> v) => Fma.MultiplyAdd(Avx2.Permute4x64(v, 0b01_00_11_10), _vAdjacent, Avx.Multiply(v, _vc));
}
