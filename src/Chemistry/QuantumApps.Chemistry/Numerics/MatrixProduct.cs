using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Chemistry.Numerics;

/// <summary>
/// Dense row-major product C = A·B (A: rows×k at i·k+l, B: k×m at l·m+j, C: rows×m at i·m+j, C overwritten), the
/// hot loop of the determinant FCI sigma vector (<see cref="Fci.DeterminantFci"/>) and the spin-adapted CCSD.
/// Register-blocked: 4 rows of C × 8 columns are accumulated with FMA (AVX2) over all of k, so each B load feeds
/// four multiply-adds; other shapes and machines without FMA take the scalar path. Rows are split over threads in
/// chunks of <see cref="RowsPerTask"/> when the product is larger than <see cref="ParallelFlops"/>.
/// </summary>
internal static class MatrixProduct
{
    /// <summary>Rows of C per parallel task.</summary>
    public const int RowsPerTask = 64;

    /// <summary>Products with fewer multiply-adds than this run on the calling thread.</summary>
    public const long ParallelFlops = 1L << 20;

    /// <summary>C = A·B; see the class remarks.</summary>
    public static void Multiply(double[] a, double[] b, double[] c, int rows, int k, int m) => Multiply(a, 0, b, 0, c, 0, rows, k, m);

    /// <summary>
    /// C = A·B with the matrices starting at the given offsets of their arrays (A at a[aOffset + i·k + l], B at
    /// b[bOffset + l·m + j], C at c[cOffset + i·m + j]); a sub-block of a larger array is multiplied in place.
    /// </summary>
    public static void Multiply(double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset, int rows, int k, int m)
    {
        if ((long)rows * k * m < ParallelFlops)
        {
            Rows(a, aOffset, b, bOffset, c, cOffset, 0, rows, k, m);
            return;
        }

        var tasks = (rows + RowsPerTask - 1) / RowsPerTask;
        Parallel.For(0, tasks, t => Rows(a, aOffset, b, bOffset, c, cOffset, t * RowsPerTask, Math.Min(rows, (t + 1) * RowsPerTask), k, m));
    }

    /// <summary>Rows [r0, r1) of C = A·B.</summary>
    private static void Rows(double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset, int r0, int r1, int k, int m)
    {
        var i = r0;
        if (Fma.IsSupported && Avx.IsSupported)
        {
            for (; i + 4 <= r1; i += 4)
            {
                Four(a, aOffset, b, bOffset, c, cOffset, i, k, m);
            }
        }

        for (; i < r1; i++)
        {
            var crow = c.AsSpan(cOffset + i * m, m);
            crow.Clear();
            var arow = a.AsSpan(aOffset + i * k, k);
            for (var l = 0; l < k; l++)
            {
                var x = arow[l];
                if (x == 0)
                {
                    continue;
                }

                var brow = b.AsSpan(bOffset + l * m, m);
                for (var j = 0; j < m; j++)
                {
                    crow[j] += x * brow[j];
                }
            }
        }
    }

    /// <summary>Rows i..i+3 of C, 8 columns at a time with 8 AVX accumulators, then the column tail scalar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Four(double[] a, int aOffset, double[] b, int bOffset, double[] c, int cOffset, int i, int k, int m)
    {
        fixed (double* pa0 = a, pb0 = b, pc0 = c)
        {
            var pa = pa0 + aOffset;
            var pb = pb0 + bOffset;
            var pc = pc0 + cOffset;
            var a0 = pa + (long)i * k;
            var a1 = a0 + k;
            var a2 = a1 + k;
            var a3 = a2 + k;
            var j = 0;
            for (; j + 8 <= m; j += 8)
            {
                var c00 = Vector256<double>.Zero;
                var c01 = Vector256<double>.Zero;
                var c10 = Vector256<double>.Zero;
                var c11 = Vector256<double>.Zero;
                var c20 = Vector256<double>.Zero;
                var c21 = Vector256<double>.Zero;
                var c30 = Vector256<double>.Zero;
                var c31 = Vector256<double>.Zero;
                var bp = pb + j;
                for (var l = 0; l < k; l++, bp += m)
                {
                    var b0 = Avx.LoadVector256(bp);
                    var b1 = Avx.LoadVector256(bp + 4);
                    var x0 = Vector256.Create(a0[l]);
                    c00 = Fma.MultiplyAdd(x0, b0, c00);
                    c01 = Fma.MultiplyAdd(x0, b1, c01);
                    var x1 = Vector256.Create(a1[l]);
                    c10 = Fma.MultiplyAdd(x1, b0, c10);
                    c11 = Fma.MultiplyAdd(x1, b1, c11);
                    var x2 = Vector256.Create(a2[l]);
                    c20 = Fma.MultiplyAdd(x2, b0, c20);
                    c21 = Fma.MultiplyAdd(x2, b1, c21);
                    var x3 = Vector256.Create(a3[l]);
                    c30 = Fma.MultiplyAdd(x3, b0, c30);
                    c31 = Fma.MultiplyAdd(x3, b1, c31);
                }

                var cp = pc + (long)i * m + j;
                Avx.Store(cp, c00);
                Avx.Store(cp + 4, c01);
                Avx.Store(cp + m, c10);
                Avx.Store(cp + m + 4, c11);
                Avx.Store(cp + 2 * m, c20);
                Avx.Store(cp + 2 * m + 4, c21);
                Avx.Store(cp + 3 * m, c30);
                Avx.Store(cp + 3 * m + 4, c31);
            }

            for (; j < m; j++)
            {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (var l = 0; l < k; l++)
                {
                    var bv = pb[(long)l * m + j];
                    s0 += a0[l] * bv;
                    s1 += a1[l] * bv;
                    s2 += a2[l] * bv;
                    s3 += a3[l] * bv;
                }

                pc[(long)i * m + j] = s0;
                pc[(long)(i + 1) * m + j] = s1;
                pc[(long)(i + 2) * m + j] = s2;
                pc[(long)(i + 3) * m + j] = s3;
            }
        }
    }
}
