using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Vector kernels of a Krylov method on complex vectors of equal length d: the block inner products
/// c_j = ⟨v_j, w⟩ = Σ_i conj(v_j[i])·w[i] for all basis vectors at once, and the update w += Σ_j c_j·v_j.
/// Both walk w in blocks of <see cref="BlockAmplitudes"/> that stay in L1 while the basis vectors stream past, so
/// classical Gram–Schmidt over k vectors reads w once instead of k times (modified Gram–Schmidt's traffic).
/// Threads take contiguous ranges; the dot products are summed per range, then over ranges in a fixed order, so
/// results depend only on the thread count. AVX2 + FMA when available, scalar otherwise.
/// </summary>
internal static class KrylovKernel
{
    /// <summary>Amplitudes of w per block (16 KiB).</summary>
    internal const int BlockAmplitudes = 1024;

    /// <summary>result[j] = ⟨basis[j], w⟩ for j &lt; result.Length.</summary>
    internal static void Dots(Complex[][] basis, Complex[] w, Span<Complex> result)
    {
        int count = result.Length;
        long d = w.Length;
        var partials = new List<(long Start, Complex[] Sums)>();
        Parallelism.For(d, d * Math.Max(1, count), BlockAmplitudes, (s, e) =>
        {
            var sums = new Complex[count];
            DotsRange(basis, w, count, s, e, sums);
            lock (partials) partials.Add((s, sums));
        });
        result.Clear();
        foreach (var (_, sums) in partials.OrderBy(p => p.Start))
            for (int j = 0; j < count; j++) result[j] += sums[j];
    }

    /// <summary>w += Σ_j coefficients[j]·basis[j].</summary>
    internal static void AddCombination(Complex[][] basis, ReadOnlySpan<Complex> coefficients, Complex[] w)
    {
        long d = w.Length;
        var c = coefficients.ToArray();
        Parallelism.For(d, d * Math.Max(1, c.Length), BlockAmplitudes, (s, e) => AddRange(basis, c, w, s, e));
    }

    /// <summary>
    /// basis[i] ← Σ_j y[j, i]·basis[j] for i &lt; <paramref name="keep"/>, j &lt; <paramref name="count"/>, in place:
    /// block by block through a buffer of keep × <see cref="BlockAmplitudes"/> entries (the thick restart's new basis
    /// V·Y_k without k extra vectors).
    /// </summary>
    internal static void TransformInPlace(Complex[][] basis, int count, Complex[,] y, int keep)
    {
        long d = basis[0].Length;
        Parallelism.For(d, d * Math.Max(1, count), BlockAmplitudes, (s, e) =>
        {
            var buffer = new Complex[keep * BlockAmplitudes];
            for (long bs = s; bs < e; bs += BlockAmplitudes)
            {
                int len = (int)Math.Min(BlockAmplitudes, e - bs);
                Array.Clear(buffer);
                int vectorLen = ComplexVector.IsSupported ? len & ~1 : 0;
                ref double br = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(buffer));
                for (int j = 0; j < count; j++)
                {
                    ref double vr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(basis[j]));
                    for (int i = 0; i < keep; i++)
                    {
                        Complex c = y[j, i];
                        var mr = ComplexVector.Real(c);
                        var mis = ComplexVector.ImagSigned(c);
                        nuint src = (nuint)(2 * bs), dst = (nuint)(2 * i * BlockAmplitudes);
                        for (nuint o = 0; o < (nuint)(2 * vectorLen); o += 4)
                            ComplexVector.MultiplyAdd(Vector256.LoadUnsafe(ref vr, src + o), mr, mis, Vector256.LoadUnsafe(ref br, dst + o)).StoreUnsafe(ref br, dst + o);
                        for (int k = vectorLen; k < len; k++) buffer[i * BlockAmplitudes + k] += c * basis[j][bs + k];
                    }
                }
                for (int i = 0; i < keep; i++) buffer.AsSpan(i * BlockAmplitudes, len).CopyTo(basis[i].AsSpan((int)bs, len));
            }
        });
    }

    /// <summary>‖w‖² = Σ |w_i|².</summary>
    internal static double NormSquared(Complex[] w)
    {
        Span<Complex> r = stackalloc Complex[1];
        Dots([w], w, r);
        return r[0].Real;
    }

    /// <summary>destination = factor·source.</summary>
    internal static void Scale(Complex[] source, double factor, Complex[] destination)
    {
        var s = MemoryMarshal.Cast<Complex, double>(source.AsSpan());
        var t = MemoryMarshal.Cast<Complex, double>(destination.AsSpan());
        for (int i = 0; i < s.Length; i++) t[i] = factor * s[i];
    }

    private static void DotsRange(Complex[][] basis, Complex[] w, int count, long start, long end, Span<Complex> result)
    {
        if (!ComplexVector.IsSupported)
        {
            for (int j = 0; j < count; j++)
            {
                double re = 0, im = 0;
                for (long i = start; i < end; i++)
                {
                    Complex a = basis[j][i], b = w[i];
                    re += a.Real * b.Real + a.Imaginary * b.Imaginary;
                    im += a.Real * b.Imaginary - a.Imaginary * b.Real;
                }
                result[j] = new Complex(re, im);
            }
            return;
        }
        // Per basis vector: P = Σ v ⊙ w (re·re, im·im) and Q = Σ v ⊙ swap(w) (re·im, im·re).
        Span<Vector256<double>> acc = stackalloc Vector256<double>[2 * count];
        acc.Clear();
        ref double wr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(w));
        long vectorEnd = start + ((end - start) & ~1L);
        for (long bs = start; bs < vectorEnd; bs += BlockAmplitudes)
        {
            nuint lo = (nuint)(2 * bs), hi = (nuint)(2 * Math.Min(vectorEnd, bs + BlockAmplitudes));
            for (int j = 0; j < count; j++)
            {
                ref double vr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(basis[j]));
                var p = acc[2 * j];
                var q = acc[2 * j + 1];
                for (nuint o = lo; o < hi; o += 4)
                {
                    var v = Vector256.LoadUnsafe(ref vr, o);
                    var x = Vector256.LoadUnsafe(ref wr, o);
                    p = Fma.MultiplyAdd(v, x, p);
                    q = Fma.MultiplyAdd(v, Avx.Permute(x, 0b0101), q);
                }
                acc[2 * j] = p;
                acc[2 * j + 1] = q;
            }
        }
        for (int j = 0; j < count; j++)
        {
            var p = acc[2 * j];
            var q = acc[2 * j + 1];
            double re = p[0] + p[1] + p[2] + p[3];
            double im = q[0] - q[1] + q[2] - q[3];
            for (long i = vectorEnd; i < end; i++)
            {
                Complex a = basis[j][i], b = w[i];
                re += a.Real * b.Real + a.Imaginary * b.Imaginary;
                im += a.Real * b.Imaginary - a.Imaginary * b.Real;
            }
            result[j] = new Complex(re, im);
        }
    }

    private static void AddRange(Complex[][] basis, Complex[] c, Complex[] w, long start, long end)
    {
        long vectorEnd = ComplexVector.IsSupported ? start + ((end - start) & ~1L) : start;
        ref double wr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(w));
        for (long bs = start; bs < vectorEnd; bs += BlockAmplitudes)
        {
            nuint lo = (nuint)(2 * bs), hi = (nuint)(2 * Math.Min(vectorEnd, bs + BlockAmplitudes));
            for (int j = 0; j < c.Length; j++)
            {
                ref double vr = ref Unsafe.As<Complex, double>(ref MemoryMarshal.GetArrayDataReference(basis[j]));
                var mr = ComplexVector.Real(c[j]);
                var mis = ComplexVector.ImagSigned(c[j]);
                for (nuint o = lo; o < hi; o += 4)
                    ComplexVector.MultiplyAdd(Vector256.LoadUnsafe(ref vr, o), mr, mis, Vector256.LoadUnsafe(ref wr, o)).StoreUnsafe(ref wr, o);
            }
        }
        for (long i = vectorEnd; i < end; i++)
            for (int j = 0; j < c.Length; j++) w[i] += c[j] * basis[j][i];
    }
}
