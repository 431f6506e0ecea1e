using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Hot loop of the fidelity kernel: K[i, j] = |Σ_b conj(ψ_i[b]) φ_j[b]|² over two state tables (real and imaginary parts
/// apart), i.e. |A^H B|² entrywise, computed like a blocked complex matrix product. Rows are taken in blocks of
/// <see cref="RowBlock"/>, the 2^n dimension in chunks of <see cref="Chunk"/>: one chunk of a row block (128 KB) stays in
/// L2 while every column state's chunk streams past it once; the micro-kernel computes a 2×2 tile of complex partial
/// sums (8 <see cref="Vector{T}"/> accumulators, fused multiply–adds) so each loaded vector is used twice. A symmetric call
/// (a and b the same table) computes j ≥ i only and pairs row block p with block B−1−p so every work item costs the same;
/// items are spread over threads by <see cref="Parallelism.For"/>. One accumulator pair per tile entry is allocated per
/// thread, outside the loops.
/// </summary>
internal static class GramProductKernel
{
    private const int Chunk = 512;
    private const int RowBlock = 16;

    public static void Fidelities(StateTable a, StateTable b, bool symmetric, double[] output, int outputColumns, int rowOffset, int columnOffset,
        CancellationToken cancellationToken)
    {
        int na = a.Count, nb = b.Count;
        int blocks = (na + RowBlock - 1) / RowBlock;
        int items = symmetric ? (blocks + 1) / 2 : blocks;
        long work = (long)na * nb * a.Dimension / (symmetric ? 2 : 1);
        Parallelism.For(items, work, 1, (s, e) =>
        {
            var accRe = new double[RowBlock * nb];
            var accIm = new double[RowBlock * nb];
            for (long item = s; item < e; item++)
            {
                int p = (int)item;
                RowBlockProduct(a, b, symmetric, p * RowBlock, output, outputColumns, rowOffset, columnOffset, accRe, accIm, cancellationToken);
                int q = blocks - 1 - p;
                if (symmetric && q != p)
                    RowBlockProduct(a, b, symmetric, q * RowBlock, output, outputColumns, rowOffset, columnOffset, accRe, accIm, cancellationToken);
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void RowBlockProduct(StateTable a, StateTable b, bool symmetric, int r0, double[] output, int outputColumns, int rowOffset,
        int columnOffset, double[] accRe, double[] accIm, CancellationToken cancellationToken)
    {
        int nb = b.Count, dim = a.Dimension;
        int rn = Math.Min(RowBlock, a.Count - r0);
        int jStart = symmetric ? r0 : 0;
        Array.Clear(accRe);
        Array.Clear(accIm);
        ref double aRe = ref MemoryMarshal.GetArrayDataReference(a.Re);
        ref double aIm = ref MemoryMarshal.GetArrayDataReference(a.Im);
        ref double bRe = ref MemoryMarshal.GetArrayDataReference(b.Re);
        ref double bIm = ref MemoryMarshal.GetArrayDataReference(b.Im);
        Span<double> sums = stackalloc double[8];
        for (int k0 = 0; k0 < dim; k0 += Chunk)
        {
            if (cancellationToken.IsCancellationRequested) return;
            int len = Math.Min(Chunk, dim - k0);
            for (int j = jStart; j < nb; j += 2)
            {
                int j1 = Math.Min(j + 1, nb - 1);
                nuint bo0 = (nuint)((long)j * dim + k0), bo1 = (nuint)((long)j1 * dim + k0);
                for (int i = 0; i < rn; i += 2)
                {
                    int gi = r0 + i;
                    if (symmetric && j < gi) continue;
                    int i1 = Math.Min(i + 1, rn - 1);
                    nuint ao0 = (nuint)((long)gi * dim + k0), ao1 = (nuint)((long)(r0 + i1) * dim + k0);
                    Tile(ref Unsafe.Add(ref aRe, ao0), ref Unsafe.Add(ref aIm, ao0), ref Unsafe.Add(ref aRe, ao1), ref Unsafe.Add(ref aIm, ao1),
                        ref Unsafe.Add(ref bRe, bo0), ref Unsafe.Add(ref bIm, bo0), ref Unsafe.Add(ref bRe, bo1), ref Unsafe.Add(ref bIm, bo1), len, sums);
                    int row0 = i * nb;
                    accRe[row0 + j] += sums[0];
                    accIm[row0 + j] += sums[1];
                    if (j1 != j)
                    {
                        accRe[row0 + j1] += sums[2];
                        accIm[row0 + j1] += sums[3];
                    }
                    if (i1 != i)
                    {
                        int row1 = i1 * nb;
                        accRe[row1 + j] += sums[4];
                        accIm[row1 + j] += sums[5];
                        if (j1 != j)
                        {
                            accRe[row1 + j1] += sums[6];
                            accIm[row1 + j1] += sums[7];
                        }
                    }
                }
            }
        }
        for (int i = 0; i < rn; i++)
        {
            int gi = r0 + i;
            for (int j = symmetric ? gi : 0; j < nb; j++)
            {
                double re = accRe[i * nb + j], im = accIm[i * nb + j];
                double k = re * re + im * im;
                output[(long)(rowOffset + gi) * outputColumns + columnOffset + j] = k;
                if (symmetric) output[(long)(rowOffset + j) * outputColumns + columnOffset + gi] = k;
            }
        }
    }

    /// <summary>
    /// The 2×2 tile Σ_k conj(a_r[k])·b_c[k] for rows a0, a1 and columns b0, b1 over <paramref name="len"/> amplitudes:
    /// sums = (Re, Im) of (a0,b0), (a0,b1), (a1,b0), (a1,b1); conj(a)·b = (aRe·bRe + aIm·bIm) + i(aRe·bIm − aIm·bRe).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tile(ref double a0r, ref double a0i, ref double a1r, ref double a1i, ref double b0r, ref double b0i, ref double b1r,
        ref double b1i, int len, Span<double> sums)
    {
        int w = Vector<double>.Count;
        Vector<double> r00 = default, i00 = default, r01 = default, i01 = default, r10 = default, i10 = default, r11 = default, i11 = default;
        int k = 0;
        for (; k <= len - w; k += w)
        {
            nuint o = (nuint)k;
            var xr0 = Vector.LoadUnsafe(ref a0r, o);
            var xi0 = Vector.LoadUnsafe(ref a0i, o);
            var xr1 = Vector.LoadUnsafe(ref a1r, o);
            var xi1 = Vector.LoadUnsafe(ref a1i, o);
            var yr0 = Vector.LoadUnsafe(ref b0r, o);
            var yi0 = Vector.LoadUnsafe(ref b0i, o);
            var yr1 = Vector.LoadUnsafe(ref b1r, o);
            var yi1 = Vector.LoadUnsafe(ref b1i, o);
            r00 = Vector.MultiplyAddEstimate(xr0, yr0, Vector.MultiplyAddEstimate(xi0, yi0, r00));
            r01 = Vector.MultiplyAddEstimate(xr0, yr1, Vector.MultiplyAddEstimate(xi0, yi1, r01));
            r10 = Vector.MultiplyAddEstimate(xr1, yr0, Vector.MultiplyAddEstimate(xi1, yi0, r10));
            r11 = Vector.MultiplyAddEstimate(xr1, yr1, Vector.MultiplyAddEstimate(xi1, yi1, r11));
            i00 = Vector.MultiplyAddEstimate(xr0, yi0, Vector.MultiplyAddEstimate(-xi0, yr0, i00));
            i01 = Vector.MultiplyAddEstimate(xr0, yi1, Vector.MultiplyAddEstimate(-xi0, yr1, i01));
            i10 = Vector.MultiplyAddEstimate(xr1, yi0, Vector.MultiplyAddEstimate(-xi1, yr0, i10));
            i11 = Vector.MultiplyAddEstimate(xr1, yi1, Vector.MultiplyAddEstimate(-xi1, yr1, i11));
        }
        double s0 = Vector.Sum(r00), s1 = Vector.Sum(i00), s2 = Vector.Sum(r01), s3 = Vector.Sum(i01);
        double s4 = Vector.Sum(r10), s5 = Vector.Sum(i10), s6 = Vector.Sum(r11), s7 = Vector.Sum(i11);
        for (; k < len; k++)
        {
            double ar0 = Unsafe.Add(ref a0r, k), ai0 = Unsafe.Add(ref a0i, k), ar1 = Unsafe.Add(ref a1r, k), ai1 = Unsafe.Add(ref a1i, k);
            double br0 = Unsafe.Add(ref b0r, k), bi0 = Unsafe.Add(ref b0i, k), br1 = Unsafe.Add(ref b1r, k), bi1 = Unsafe.Add(ref b1i, k);
            s0 += ar0 * br0 + ai0 * bi0;
            s1 += ar0 * bi0 - ai0 * br0;
            s2 += ar0 * br1 + ai0 * bi1;
            s3 += ar0 * bi1 - ai0 * br1;
            s4 += ar1 * br0 + ai1 * bi0;
            s5 += ar1 * bi0 - ai1 * br0;
            s6 += ar1 * br1 + ai1 * bi1;
            s7 += ar1 * bi1 - ai1 * br1;
        }
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
        sums[4] = s4;
        sums[5] = s5;
        sums[6] = s6;
        sums[7] = s7;
    }
}
