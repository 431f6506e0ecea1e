using System.Numerics;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Simulator.Exact;

/// <summary>
/// The sector matrix A_ij = ⟨s_i|H|s_j⟩ of a Pauli sum in compressed sparse rows, built once so that repeated
/// products (Lanczos) cost one multiply–add per non-zero instead of a basis-index lookup per state and X mask
/// (most of which leave the sector). Row i is built from the scatter of state s_i — the entries
/// ⟨s_i ⊕ x_g|H|s_i⟩ = f_g(s_i) — conjugated: A_ij = conj(A_ji) for Hermitian H, so the product y = A·x is a
/// gather y_i = Σ_k v_k x_{c_k} that rows can run in parallel without shared outputs (distinct X masks reach
/// distinct states, so a row holds each column once). Imaginary parts are stored only for a complex operator.
/// </summary>
internal sealed class SparseSectorMatrix
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly double[] _re;
    private readonly double[]? _im;

    private SparseSectorMatrix(int[] rowStart, int[] columns, double[] re, double[]? im)
    {
        _rowStart = rowStart;
        _columns = columns;
        _re = re;
        _im = im;
    }

    /// <summary>Rows per chunk boundary of the parallel row loops (chunks start at multiples of it).</summary>
    private const int RowAlign = 256;

    /// <summary>Number of stored entries.</summary>
    internal long NonZeros => _columns.Length;

    /// <summary>Bytes of one stored entry: column index, real part and, for a complex matrix, imaginary part.</summary>
    internal static int EntryBytes(bool real) => sizeof(int) + (real ? 1 : 2) * sizeof(double);

    /// <summary>
    /// Builds the matrix when its entries fit in <paramref name="budgetBytes"/>; null otherwise (the caller stays
    /// matrix-free). Counting the entries needs only the index lookups, so a refusal is cheap.
    /// </summary>
    internal static SparseSectorMatrix? TryBuild(GroupedPauliSum h, ulong[] basis, int[] indexOf, long budgetBytes)
    {
        int d = basis.Length;
        bool real = h.RealFolded;
        var counts = new int[d + 1];
        long lookups = (long)d * Math.Max(1, h.GroupCount);
        Parallelism.For(d, lookups, RowAlign, (s, e) =>
        {
            for (long i = s; i < e; i++)
            {
                int c = 0;
                for (int g = 0; g < h.GroupCount; g++)
                    if (indexOf[basis[i] ^ h.XMasks[g]] >= 0) c++;
                counts[i + 1] = c;
            }
        });
        long total = 0;
        for (int i = 1; i <= d; i++) total += counts[i];
        if (total > int.MaxValue || total * EntryBytes(real) > budgetBytes) return null;
        for (int i = 1; i <= d; i++) counts[i] += counts[i - 1];
        var columns = new int[total];
        var re = new double[total];
        var im = real ? null : new double[total];
        Parallelism.For(d, lookups, RowAlign, (s, e) =>
        {
            for (long i = s; i < e; i++)
            {
                int at = counts[i];
                ulong b = basis[i];
                for (int g = 0; g < h.GroupCount; g++)
                {
                    int j = indexOf[b ^ h.XMasks[g]];
                    if (j < 0) continue;
                    var (fr, fi) = h.Element(g, b);
                    columns[at] = j;
                    re[at] = fr;
                    if (im is not null) im[at] = -fi;
                    at++;
                }
            }
        });
        return new SparseSectorMatrix(counts, columns, re, im);
    }

    /// <summary>y = A·x (y overwritten); T = Complex, or double for a real matrix.</summary>
    internal void Multiply<T>(ReadOnlySpan<T> x, Span<T> y) where T : unmanaged, INumberBase<T>
    {
        unsafe
        {
            fixed (T* px = x)
            fixed (T* py = y)
            {
                nint src = (nint)px, dst = (nint)py;
                int d = _rowStart.Length - 1;
                Parallelism.For(d, NonZeros, RowAlign, (s, e) => Rows((T*)src, (T*)dst, (int)s, (int)e));
            }
        }
    }

    private unsafe void Rows<T>(T* x, T* y, int start, int end) where T : unmanaged, INumberBase<T>
    {
        for (int i = start; i < end; i++)
        {
            T acc = T.Zero;
            for (int k = _rowStart[i]; k < _rowStart[i + 1]; k++)
                acc += GroupedPauliSum.Element<T>(_re[k], _im is null ? 0 : _im[k]) * x[_columns[k]];
            y[i] = acc;
        }
    }
}
