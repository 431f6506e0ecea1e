using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// A real 2×2 matrix [[m00, m01], [m10, m11]] (RY(θ) = [[c, −s], [s, c]] with c = cos θ/2, s = sin θ/2; H = [[r, r],
/// [r, −r]] with r = 1/√2; any one-qubit matrix with real entries): a0' = m00·a0 + m01·a1, a1' = m10·a0 + m11·a1, so
/// each output vector is one multiply and one FMA, with no shuffles — a third of the general complex 2×2 kernel's
/// arithmetic (<see cref="MatrixPairOperation"/>: four complex products per pair). The loop is <see cref="RotationSweep"/>.
/// </summary>
internal readonly unsafe struct RealPairOperation : IPairOperation, IRotationArithmetic
{
    private readonly double _m00, _m01, _m10, _m11;
    private readonly Vector256<double> _v00, _v01, _v10, _v11, _diag, _off;

    internal RealPairOperation(double m00, double m01, double m10, double m11)
    {
        _m00 = m00;
        _m01 = m01;
        _m10 = m10;
        _m11 = m11;
        _v00 = Vector256.Create(m00);
        _v01 = Vector256.Create(m01);
        _v10 = Vector256.Create(m10);
        _v11 = Vector256.Create(m11);
        _diag = Vector256.Create(m00, m00, m11, m11);
        _off = Vector256.Create(m01, m01, m10, m10);
    }

    /// <summary>RY(θ) = exp(−iθY/2) = [[cos θ/2, −sin θ/2], [sin θ/2, cos θ/2]].</summary>
    internal static RealPairOperation Ry(double theta)
    {
        var (s, c) = Math.SinCos(theta / 2);
        return new RealPairOperation(c, -s, s, c);
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
        a[0] = _m00 * ar + _m01 * br;
        a[1] = _m00 * ai + _m01 * bi;
        b[0] = _m10 * ar + _m11 * br;
        b[1] = _m10 * ai + _m11 * bi;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> First(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(a1, _v01, Avx.Multiply(a0, _v00));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Second(Vector256<double> a0, Vector256<double> a1) => Fma.MultiplyAdd(a0, _v10, Avx.Multiply(a1, _v11));

    /// <summary>v = (a0, a1) → (m00, m00, m11, m11) ⊙ v + (m01, m01, m10, m10) ⊙ (a1, a0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector256<double> Adjacent(Vector256<double> v) => Fma.MultiplyAdd(Avx2.Permute4x64(v, 0b01_00_11_10), _off, Avx.Multiply(v, _diag));
}
