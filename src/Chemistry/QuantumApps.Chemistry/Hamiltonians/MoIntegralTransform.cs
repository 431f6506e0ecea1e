using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Hamiltonians;

/// <summary>
/// AO → MO integral transformation for the first k MOs (columns of C):
/// h_pq = Σ_μν C_μp H_μν C_νq and (pq|rs) = Σ C_μp C_νq C_λr C_σs (μν|λσ), the latter as four quarter
/// transforms (one index at a time), O(k n⁴ + k² n³ + k³ n² + k⁴ n) instead of O(n⁸).
/// Arrays are row-major: C is n×m (AO μ, MO p) at μ*m+p; outputs k×k and k⁴.
/// </summary>
public static class MoIntegralTransform
{
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

    /// <summary>(pq|rs) for p, q, r, s &lt; k by four quarter transforms.</summary>
    /// <exception cref="QuantumAppsException">The intermediate k·n³ array would exceed 4 GiB.</exception>
    public static double[] TwoBody(ReadOnlySpan<double> aoEri, int n, ReadOnlySpan<double> c, int m, int k)
    {
        long n3 = (long)n * n * n;
        var bytes = k * n3 * sizeof(double);
        if (bytes > 4L * 1024 * 1024 * 1024)
        {
            throw new QuantumAppsException($"MO transform of {k} orbitals over {n} basis functions needs {bytes} bytes");
        }

        // Quarter 1: (pν|λσ) = Σ_μ C_μp (μν|λσ), layout [p][ν λ σ].
        var q1 = new double[k * n3];
        for (var mu = 0; mu < n; mu++)
        {
            var row = aoEri.Slice((int)(mu * n3), (int)n3);
            for (var p = 0; p < k; p++)
            {
                var cp = c[mu * m + p];
                if (cp == 0)
                {
                    continue;
                }

                var dst = q1.AsSpan((int)(p * n3), (int)n3);
                for (var x = 0; x < dst.Length; x++)
                {
                    dst[x] += cp * row[x];
                }
            }
        }

        // Quarter 2: (pq|λσ) = Σ_ν C_νq (pν|λσ), layout [p][q][λ σ].
        var n2 = n * n;
        var q2 = new double[k * k * n2];
        for (var p = 0; p < k; p++)
        {
            for (var nu = 0; nu < n; nu++)
            {
                var src = q1.AsSpan((int)(p * n3 + nu * n2), n2);
                for (var q = 0; q < k; q++)
                {
                    var cq = c[nu * m + q];
                    var dst = q2.AsSpan((p * k + q) * n2, n2);
                    for (var x = 0; x < n2; x++)
                    {
                        dst[x] += cq * src[x];
                    }
                }
            }
        }

        // Quarter 3: (pq|rσ) = Σ_λ C_λr (pq|λσ), layout [pq][r][σ].
        var k2 = k * k;
        var q3 = new double[k2 * k * n];
        for (var pq = 0; pq < k2; pq++)
        {
            for (var la = 0; la < n; la++)
            {
                var src = q2.AsSpan(pq * n2 + la * n, n);
                for (var r = 0; r < k; r++)
                {
                    var cr = c[la * m + r];
                    var dst = q3.AsSpan((pq * k + r) * n, n);
                    for (var x = 0; x < n; x++)
                    {
                        dst[x] += cr * src[x];
                    }
                }
            }
        }

        // Quarter 4: (pq|rs) = Σ_σ C_σs (pq|rσ).
        var result = new double[k2 * k2];
        for (var pqr = 0; pqr < k2 * k; pqr++)
        {
            var src = q3.AsSpan(pqr * n, n);
            for (var s = 0; s < k; s++)
            {
                var acc = 0.0;
                for (var si = 0; si < n; si++)
                {
                    acc += src[si] * c[si * m + s];
                }

                result[pqr * k + s] = acc;
            }
        }

        return result;
    }
}
