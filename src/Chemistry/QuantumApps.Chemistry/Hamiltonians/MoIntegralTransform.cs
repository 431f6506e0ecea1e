using QuantumApps.Chemistry.Numerics;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// AO → MO integral transformation for the first k MOs (columns of C):
/// h_pq = Σ_μν C_μp H_μν C_νq and (pq|rs) = Σ C_μp C_νq C_λr C_σs (μν|λσ). The two-electron part runs in two halves
/// that use the permutational symmetry: <see cref="HalfTransform"/> gives (μν|rs) = Σ_λσ C_λr C_σs (μν|λσ) for μ ≥ ν,
/// r ≥ s only (n(n+1)/2 × k(k+1)/2 numbers, a quarter of n²k²), after which the caller may drop the dense AO array;
/// <see cref="Complete"/> then gives (pq|rs) = Σ_μν C_μp C_νq (μν|rs) in blocks of rs columns. Both halves are dense
/// products (<see cref="MatrixProduct"/>), O(k n⁴ + k³ n²) multiply-adds in all.
/// Arrays are row-major: C is n×m (AO μ, MO p) at μ*m+p; outputs k×k and k⁴.
/// </summary>
public static class MoIntegralTransform
{
    /// <summary>Doubles of the rs-column blocks of <see cref="Complete"/> (its three work arrays together, 32 MiB).</summary>
    private const long CompleteBlockDoubles = 4L << 20;

    /// <summary>h_pq for p, q &lt; k.</summary>
    public static double[] OneBody(ReadOnlySpan<double> aoCore, int n, ReadOnlySpan<double> c, int m, int k)
    {
        var half = new double[n * k];
        for (var mu = 0; mu < n; mu++)
        {
            for (var nu = 0; nu < n; nu++)
            {
                var h = aoCore[mu * n + nu];
                for (var q = 0; q < k; q++)
                {
                    half[mu * k + q] += h * c[nu * m + q];
                }
            }
        }

        var result = new double[k * k];
        for (var mu = 0; mu < n; mu++)
        {
            for (var p = 0; p < k; p++)
            {
                var cp = c[mu * m + p];
                for (var q = 0; q < k; q++)
                {
                    result[p * k + q] += cp * half[mu * k + q];
                }
            }
        }

        return result;
    }

    /// <summary>(pq|rs) for p, q, r, s &lt; k: <see cref="HalfTransform"/> then <see cref="Complete"/>.</summary>
    /// <exception cref="QuantumAppsException">The arrays would not fit (<see cref="MemoryGuard"/>).</exception>
    public static double[] TwoBody(ReadOnlySpan<double> aoEri, int n, ReadOnlySpan<double> c, int m, int k) =>
        Complete(HalfTransform(aoEri, n, c, m, k));

    /// <summary>
    /// Peak bytes of <see cref="TwoBody"/> when the caller drops the AO array between the halves, the AO array included:
    /// max(n⁴ + half + first-half work, half + k⁴ + blocks), half = n(n+1)/2 · k(k+1)/2 doubles.
    /// </summary>
    public static long EstimateBytes(int n, int k)
    {
        long nn = n, kk = k;
        long half = HalfTransformedIntegrals.Bytes(n, k);
        long first = 8 * (nn * nn * nn + nn * nn * kk + 2 * nn * kk + kk * kk);
        long second = 8 * (kk * kk * kk * kk + CompleteBlockDoubles);
        return Math.Max(8 * nn * nn * nn * nn + half + first, half + second);
    }

    /// <summary>
    /// First half: (μν|rs) = Σ_λσ C_λr C_σs (μν|λσ) for μ ≥ ν, r ≥ s. For each μ the rows (μν|··) with ν ≤ μ (one
    /// contiguous slice of the AO array) are multiplied by C (σ → s), then each ν block by Cᵀ from the left (λ → r).
    /// </summary>
    /// <exception cref="QuantumAppsException">The half-transformed array would not fit (<see cref="MemoryGuard"/>).</exception>
    public static HalfTransformedIntegrals HalfTransform(ReadOnlySpan<double> aoEri, int n, ReadOnlySpan<double> c, int m, int k)
    {
        long n3 = (long)n * n * n;
        if (aoEri.Length != n3 * n) throw new ArgumentException($"the AO array has {aoEri.Length} elements, not n⁴ = {n3 * n}", nameof(aoEri));
        if (k > m || c.Length < n * m) throw new ArgumentException($"C must be {n}×{m} with k = {k} ≤ m", nameof(c));
        var pairsAo = n * (n + 1) / 2;
        var pairsMo = k * (k + 1) / 2;
        MemoryGuard.EnsureFits(HalfTransformedIntegrals.Bytes(n, k), $"the half-transformed integrals ({pairsAo} AO pairs × {pairsMo} MO pairs)");
        var ck = new double[n * k];
        var ckT = new double[k * n];
        for (var mu = 0; mu < n; mu++)
        {
            for (var p = 0; p < k; p++)
            {
                ck[mu * k + p] = c[mu * m + p];
                ckT[p * n + mu] = c[mu * m + p];
            }
        }

        var values = new double[(long)pairsAo * pairsMo];
        var slice = new double[n3];
        var t = new double[n * n * k];
        var x = new double[k * k];
        for (var mu = 0; mu < n; mu++)
        {
            var rows = (mu + 1) * n;
            aoEri.Slice((int)(mu * n3), rows * n).CopyTo(slice);
            MatrixProduct.Multiply(slice, ck, t, rows, n, k);
            for (var nu = 0; nu <= mu; nu++)
            {
                MatrixProduct.Multiply(ckT, 0, t, nu * n * k, x, 0, k, n, k);
                var dst = values.AsSpan((mu * (mu + 1) / 2 + nu) * pairsMo, pairsMo);
                var idx = 0;
                for (var r = 0; r < k; r++)
                {
                    x.AsSpan(r * k, r + 1).CopyTo(dst.Slice(idx));
                    idx += r + 1;
                }
            }
        }

        return new HalfTransformedIntegrals(values, n, k, ckT);
    }

    /// <summary>
    /// Second half: (pq|rs) = Σ_μν C_μp C_νq (μν|rs) for all p, q and r ≥ s, written to both (pq|rs) and (pq|sr) of the
    /// dense k⁴ array. Runs over blocks of rs columns: unpack (μν|rs) to all μ, ν, contract μ (one product over all
    /// ν and columns of the block), then ν for each p.
    /// </summary>
    /// <exception cref="QuantumAppsException">The k⁴ array would not fit (<see cref="MemoryGuard"/>).</exception>
    public static double[] Complete(HalfTransformedIntegrals half)
    {
        ArgumentNullException.ThrowIfNull(half);
        int n = half.NumFunctions, k = half.NumOrbitals;
        var pairsMo = k * (k + 1) / 2;
        long k2 = (long)k * k;
        MemoryGuard.EnsureFits(8 * k2 * k2, $"the MO two-electron integrals ({k} orbitals, k⁴ doubles)");
        var result = new double[k2 * k2];
        var perColumn = (long)n * n + (long)k * n + k2;
        var block = (int)Math.Clamp(CompleteBlockDoubles / perColumn, 1, pairsMo);
        var unpacked = new double[(long)n * n * block];
        var w = new double[(long)k * n * block];
        var o = new double[k2 * block];
        var rOf = new int[pairsMo];
        var sOf = new int[pairsMo];
        for (int r = 0, j = 0; r < k; r++)
        {
            for (var s = 0; s <= r; s++, j++)
            {
                rOf[j] = r;
                sOf[j] = s;
            }
        }

        var values = half.Values;
        var ckT = half.CoefficientsTransposed;
        for (var j0 = 0; j0 < pairsMo; j0 += block)
        {
            var jb = Math.Min(block, pairsMo - j0);
            for (var mu = 0; mu < n; mu++)
            {
                for (var nu = 0; nu < n; nu++)
                {
                    var packed = mu >= nu ? mu * (mu + 1) / 2 + nu : nu * (nu + 1) / 2 + mu;
                    values.AsSpan((int)((long)packed * pairsMo + j0), jb).CopyTo(unpacked.AsSpan((mu * n + nu) * jb, jb));
                }
            }

            // W[p][(ν, j)] = Σ_μ C_μp U[μ][(ν, j)]; then O[p][(q, j)] = Σ_ν C_νq W[p][(ν, j)] for each p.
            MatrixProduct.Multiply(ckT, unpacked, w, k, n, n * jb);
            for (var p = 0; p < k; p++)
            {
                MatrixProduct.Multiply(ckT, 0, w, p * n * jb, o, p * k * jb, k, n, jb);
            }

            for (var pq = 0; pq < k2; pq++)
            {
                var src = o.AsSpan((int)(pq * jb), jb);
                var baseIdx = pq * k2;
                for (var jj = 0; jj < jb; jj++)
                {
                    var r = rOf[j0 + jj];
                    var s = sOf[j0 + jj];
                    result[baseIdx + r * k + s] = src[jj];
                    result[baseIdx + s * k + r] = src[jj];
                }
            }
        }

        return result;
    }
}
