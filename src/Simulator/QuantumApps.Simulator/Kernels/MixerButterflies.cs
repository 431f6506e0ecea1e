using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// In-place butterflies of the transverse-field mixer on a contiguous span: exp(−iβX_j) = [[c, −is], [−is, c]]
/// (c = cos β, s = sin β) on every pair (i, i + stride_j) with bit stride_j of i clear, for the qubits whose strides
/// are firstStride·2^k, k = 0 … count−1. On interleaved (re, im) doubles a' = c·a + s·(b_im, −b_re) and
/// b' = c·b + s·(a_im, −a_re).
/// <para>
/// Radix-4: two qubits (strides t and 2t) are applied to each group of four amplitudes {i, i+t, i+2t, i+3t} while
/// they sit in registers, so a span is loaded and stored once per two qubits. Qubits 0 and 1 share one pass with
/// the pair of qubit 0 inside one 256-bit vector (a lane permutation supplies the partner).
/// </para>
/// <para>
/// The undo variants apply the same butterflies to a costate λ and a state φ and accumulate
/// Im Σ_j ⟨λ|X_j|φ⟩ = Σ_j Σ_pairs Im(conj(λ_a)φ_b + conj(λ_b)φ_a) just before each qubit's butterfly. Applying
/// exp(−iβX) to both on other qubits first does not change ⟨λ|X_j|φ⟩ (they commute with X_j and are unitary), so
/// the sum equals the one taken before any butterfly. Only the imaginary part is kept: the gradient is 2 Im⟨λ|H|φ⟩.
/// Accumulators hold (re·im′, im·re′) products per lane; the result is the sum of even lanes minus odd lanes.
/// </para>
/// A span's length must be a multiple of firstStride·2^count (whole groups); spans shorter than four amplitudes and
/// machines without AVX2 and FMA use the scalar radix-2 loop. The vector path uses fused multiply-adds
/// (c·a + s·swap(b) rounded once), so it may differ from the scalar loop in the last bit.
/// </summary>
internal static class MixerButterflies
{
    /// <summary>Applies the butterflies of <paramref name="count"/> qubits with strides firstStride·2^k.</summary>
    public static void Rotate(Span<Complex> x, int firstStride, int count, double c, double s)
    {
        if (!Avx2.IsSupported || !Fma.IsSupported || x.Length < 4)
        {
            for (int k = 0; k < count; k++)
            {
                RotateScalar(x, firstStride << k, c, s);
            }

            return;
        }

        Span<double> d = MemoryMarshal.Cast<Complex, double>(x);
        ref double r = ref MemoryMarshal.GetReference(d);
        nuint length = (nuint)d.Length;
        var vc = Vector256.Create(c);
        var vs = Vector256.Create(s, -s, s, -s);
        int k0 = 0;
        if (firstStride == 1 && count >= 2)
        {
            RotateQubits01(ref r, length, vc, vs);
            k0 = 2;
        }
        else if (firstStride == 1)
        {
            RotateQubit0(ref r, length, vc, vs);
            k0 = 1;
        }

        for (; k0 + 1 < count; k0 += 2)
        {
            RotateTwo(ref r, length, (nuint)(2 * (firstStride << k0)), vc, vs);
        }

        if (k0 < count)
        {
            RotateOne(ref r, length, (nuint)(2 * (firstStride << k0)), vc, vs);
        }
    }

    /// <summary>
    /// Applies the butterflies to λ and φ alike and returns Im Σ_k ⟨λ|X_k|φ⟩ over the same qubits (see the type
    /// remarks for why the sum may be taken while rotating).
    /// </summary>
    public static double Undo(Span<Complex> lambda, Span<Complex> phi, int firstStride, int count, double c, double s)
    {
        if (!Avx2.IsSupported || !Fma.IsSupported || phi.Length < 4)
        {
            double sum = 0;
            for (int k = 0; k < count; k++)
            {
                sum += PairInnerScalar(lambda, phi, firstStride << k);
                RotateScalar(lambda, firstStride << k, c, s);
                RotateScalar(phi, firstStride << k, c, s);
            }

            return sum;
        }

        ref double l = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(lambda));
        ref double p = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(phi));
        nuint length = (nuint)(2 * phi.Length);
        var vc = Vector256.Create(c);
        var vs = Vector256.Create(s, -s, s, -s);
        var acc = Vector256<double>.Zero;
        int k0 = 0;
        if (firstStride == 1)
        {
            UndoQubit0(ref l, ref p, length, vc, vs, ref acc);
            k0 = 1;
        }

        for (; k0 + 1 < count; k0 += 2)
        {
            UndoTwo(ref l, ref p, length, (nuint)(2 * (firstStride << k0)), vc, vs, ref acc);
        }

        if (k0 < count)
        {
            UndoOne(ref l, ref p, length, (nuint)(2 * (firstStride << k0)), vc, vs, ref acc);
        }

        return EvenMinusOdd(acc);
    }

    /// <summary>Σ even lanes − Σ odd lanes.</summary>
    public static double EvenMinusOdd(Vector256<double> v) => v.GetElement(0) - v.GetElement(1) + v.GetElement(2) - v.GetElement(3);

    /// <summary>a' = c·a + s·(b_im, −b_re) on two complex numbers per vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Mix(Vector256<double> a, Vector256<double> b, Vector256<double> vc, Vector256<double> vs) =>
        Fma.MultiplyAdd(vc, a, vs * Avx.Permute(b, 0b0101));

    /// <summary>
    /// Per-lane products whose even-minus-odd sum is Im(conj(a)·b + conj(e)·f) for each complex lane (kept off the
    /// accumulator's dependency chain, which then takes one add per iteration).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ImProducts(Vector256<double> a, Vector256<double> b, Vector256<double> e, Vector256<double> f) =>
        Fma.MultiplyAdd(a, Avx.Permute(b, 0b0101), e * Avx.Permute(f, 0b0101));

    /// <summary>Qubit 0 alone: the pair is one vector; Permute4x64(v, 0x1B) = (b_im, b_re, a_im, a_re).</summary>
    private static void RotateQubit0(ref double r, nuint length, Vector256<double> vc, Vector256<double> vs)
    {
        for (nuint i = 0; i < length; i += 4)
        {
            var v = Vector256.LoadUnsafe(ref r, i);
            Fma.MultiplyAdd(vc, v, vs * Avx2.Permute4x64(v, 0x1B)).StoreUnsafe(ref r, i);
        }
    }

    /// <summary>Qubits 0 and 1: vectors (x0, x1) and (x2, x3); qubit 0 inside each vector, then qubit 1 across them.</summary>
    private static void RotateQubits01(ref double r, nuint length, Vector256<double> vc, Vector256<double> vs)
    {
        for (nuint i = 0; i < length; i += 8)
        {
            var v0 = Vector256.LoadUnsafe(ref r, i);
            var v1 = Vector256.LoadUnsafe(ref r, i + 4);
            v0 = Fma.MultiplyAdd(vc, v0, vs * Avx2.Permute4x64(v0, 0x1B));
            v1 = Fma.MultiplyAdd(vc, v1, vs * Avx2.Permute4x64(v1, 0x1B));
            Mix(v0, v1, vc, vs).StoreUnsafe(ref r, i);
            Mix(v1, v0, vc, vs).StoreUnsafe(ref r, i + 4);
        }
    }

    /// <summary>One qubit with stride t ≥ 2 complex numbers (t2 = 2t doubles).</summary>
    private static void RotateOne(ref double r, nuint length, nuint t2, Vector256<double> vc, Vector256<double> vs)
    {
        for (nuint start = 0; start < length; start += 2 * t2)
        {
            for (nuint i = start; i < start + t2; i += 4)
            {
                var a = Vector256.LoadUnsafe(ref r, i);
                var b = Vector256.LoadUnsafe(ref r, i + t2);
                Mix(a, b, vc, vs).StoreUnsafe(ref r, i);
                Mix(b, a, vc, vs).StoreUnsafe(ref r, i + t2);
            }
        }
    }

    /// <summary>Qubits with strides t and 2t on each group {i, i+t, i+2t, i+3t} (t2 = 2t doubles).</summary>
    private static void RotateTwo(ref double r, nuint length, nuint t2, Vector256<double> vc, Vector256<double> vs)
    {
        for (nuint start = 0; start < length; start += 4 * t2)
        {
            for (nuint i = start; i < start + t2; i += 4)
            {
                var a = Vector256.LoadUnsafe(ref r, i);
                var b = Vector256.LoadUnsafe(ref r, i + t2);
                var e = Vector256.LoadUnsafe(ref r, i + 2 * t2);
                var f = Vector256.LoadUnsafe(ref r, i + 3 * t2);
                var a1 = Mix(a, b, vc, vs);
                var b1 = Mix(b, a, vc, vs);
                var e1 = Mix(e, f, vc, vs);
                var f1 = Mix(f, e, vc, vs);
                Mix(a1, e1, vc, vs).StoreUnsafe(ref r, i);
                Mix(b1, f1, vc, vs).StoreUnsafe(ref r, i + t2);
                Mix(e1, a1, vc, vs).StoreUnsafe(ref r, i + 2 * t2);
                Mix(f1, b1, vc, vs).StoreUnsafe(ref r, i + 3 * t2);
            }
        }
    }

    /// <summary>
    /// Qubit 0 on λ and φ. For v = (x0, x1), Permute4x64(φ, 0x1B) = (φ1_im, φ1_re, φ0_im, φ0_re), so λ times it has
    /// even-minus-odd sum Im(conj(λ0)φ1 + conj(λ1)φ0).
    /// </summary>
    private static void UndoQubit0(ref double l, ref double p, nuint length, Vector256<double> vc, Vector256<double> vs,
        ref Vector256<double> acc)
    {
        var sum = acc;
        for (nuint i = 0; i < length; i += 4)
        {
            var vl = Vector256.LoadUnsafe(ref l, i);
            var vp = Vector256.LoadUnsafe(ref p, i);
            var rl = Avx2.Permute4x64(vl, 0x1B);
            var rp = Avx2.Permute4x64(vp, 0x1B);
            sum += vl * rp;
            Fma.MultiplyAdd(vc, vl, vs * rl).StoreUnsafe(ref l, i);
            Fma.MultiplyAdd(vc, vp, vs * rp).StoreUnsafe(ref p, i);
        }

        acc = sum;
    }

    private static void UndoOne(ref double l, ref double p, nuint length, nuint t2, Vector256<double> vc, Vector256<double> vs,
        ref Vector256<double> acc)
    {
        var sum = acc;
        for (nuint start = 0; start < length; start += 2 * t2)
        {
            for (nuint i = start; i < start + t2; i += 4)
            {
                var la = Vector256.LoadUnsafe(ref l, i);
                var lb = Vector256.LoadUnsafe(ref l, i + t2);
                var pa = Vector256.LoadUnsafe(ref p, i);
                var pb = Vector256.LoadUnsafe(ref p, i + t2);
                sum += ImProducts(la, pb, lb, pa);
                Mix(la, lb, vc, vs).StoreUnsafe(ref l, i);
                Mix(lb, la, vc, vs).StoreUnsafe(ref l, i + t2);
                Mix(pa, pb, vc, vs).StoreUnsafe(ref p, i);
                Mix(pb, pa, vc, vs).StoreUnsafe(ref p, i + t2);
            }
        }

        acc = sum;
    }

    private static void UndoTwo(ref double l, ref double p, nuint length, nuint t2, Vector256<double> vc, Vector256<double> vs,
        ref Vector256<double> acc)
    {
        var sum = acc;
        for (nuint start = 0; start < length; start += 4 * t2)
        {
            for (nuint i = start; i < start + t2; i += 4)
            {
                var la = Vector256.LoadUnsafe(ref l, i);
                var lb = Vector256.LoadUnsafe(ref l, i + t2);
                var le = Vector256.LoadUnsafe(ref l, i + 2 * t2);
                var lf = Vector256.LoadUnsafe(ref l, i + 3 * t2);
                var pa = Vector256.LoadUnsafe(ref p, i);
                var pb = Vector256.LoadUnsafe(ref p, i + t2);
                var pe = Vector256.LoadUnsafe(ref p, i + 2 * t2);
                var pf = Vector256.LoadUnsafe(ref p, i + 3 * t2);

                // Qubit with stride t: pairs (a, b) and (e, f).
                sum += ImProducts(la, pb, lb, pa) + ImProducts(le, pf, lf, pe);
                var la1 = Mix(la, lb, vc, vs);
                var lb1 = Mix(lb, la, vc, vs);
                var le1 = Mix(le, lf, vc, vs);
                var lf1 = Mix(lf, le, vc, vs);
                var pa1 = Mix(pa, pb, vc, vs);
                var pb1 = Mix(pb, pa, vc, vs);
                var pe1 = Mix(pe, pf, vc, vs);
                var pf1 = Mix(pf, pe, vc, vs);

                // Qubit with stride 2t: pairs (a, e) and (b, f).
                sum += ImProducts(la1, pe1, le1, pa1) + ImProducts(lb1, pf1, lf1, pb1);
                Mix(la1, le1, vc, vs).StoreUnsafe(ref l, i);
                Mix(lb1, lf1, vc, vs).StoreUnsafe(ref l, i + t2);
                Mix(le1, la1, vc, vs).StoreUnsafe(ref l, i + 2 * t2);
                Mix(lf1, lb1, vc, vs).StoreUnsafe(ref l, i + 3 * t2);
                Mix(pa1, pe1, vc, vs).StoreUnsafe(ref p, i);
                Mix(pb1, pf1, vc, vs).StoreUnsafe(ref p, i + t2);
                Mix(pe1, pa1, vc, vs).StoreUnsafe(ref p, i + 2 * t2);
                Mix(pf1, pb1, vc, vs).StoreUnsafe(ref p, i + 3 * t2);
            }
        }

        acc = sum;
    }

    private static void RotateScalar(Span<Complex> x, int stride, double c, double s)
    {
        for (int start = 0; start < x.Length; start += 2 * stride)
        {
            for (int i = start; i < start + stride; i++)
            {
                Complex a = x[i], b = x[i + stride];
                x[i] = new Complex(c * a.Real + s * b.Imaginary, c * a.Imaginary - s * b.Real);
                x[i + stride] = new Complex(c * b.Real + s * a.Imaginary, c * b.Imaginary - s * a.Real);
            }
        }
    }

    /// <summary>Im Σ_pairs conj(λ_a)φ_b + conj(λ_b)φ_a for one qubit.</summary>
    private static double PairInnerScalar(ReadOnlySpan<Complex> lambda, ReadOnlySpan<Complex> phi, int stride)
    {
        double sum = 0;
        for (int start = 0; start < phi.Length; start += 2 * stride)
        {
            for (int i = start; i < start + stride; i++)
            {
                Complex la = lambda[i], lb = lambda[i + stride], pa = phi[i], pb = phi[i + stride];
                sum += la.Real * pb.Imaginary - la.Imaginary * pb.Real + lb.Real * pa.Imaginary - lb.Imaginary * pa.Real;
            }
        }

        return sum;
    }
}
