namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// McMurchie–Davidson Hermite expansion coefficients in one Cartesian direction:
/// x_A^i x_B^j exp(−a x_A² − b x_B²) = Σ_t E^{ij}_t Λ_t(x_P) with p = a+b, μ = ab/p, X = A−B,
/// X_PA = −bX/p, X_PB = aX/p, E^{00}_0 = exp(−μX²) and
/// E^{i+1,j}_t = E^{ij}_{t−1}/(2p) + X_PA E^{ij}_t + (t+1) E^{ij}_{t+1} (likewise for j with X_PB).
/// Output layout: e[(i*(jMax+1)+j)*(iMax+jMax+1)+t], zero for t &gt; i+j.
/// </summary>
internal static class HermiteExpansion
{
    /// <summary>Number of doubles <see cref="Fill"/> writes.</summary>
    public static int Size(int iMax, int jMax) => (iMax + 1) * (jMax + 1) * (iMax + jMax + 1);

    /// <summary>Fills the E^{ij}_t table for i ≤ iMax, j ≤ jMax.</summary>
    public static void Fill(int iMax, int jMax, double a, double b, double xab, Span<double> e)
    {
        var p = a + b;
        var oneOver2P = 0.5 / p;
        var xpa = -b * xab / p;
        var xpb = a * xab / p;
        var tDim = iMax + jMax + 1;
        var jDim = jMax + 1;
        e[..Size(iMax, jMax)].Clear();
        e[0] = Math.Exp(-a * b / p * xab * xab);
        for (var i = 0; i <= iMax; i++)
        {
            if (i > 0)
            {
                var src = ((i - 1) * jDim) * tDim;
                var dst = (i * jDim) * tDim;
                for (var t = 0; t <= i; t++)
                {
                    var v = xpa * e[src + t];
                    if (t > 0)
                    {
                        v += oneOver2P * e[src + t - 1];
                    }

                    if (t + 1 <= i - 1)
                    {
                        v += (t + 1) * e[src + t + 1];
                    }

                    e[dst + t] = v;
                }
            }

            for (var j = 1; j <= jMax; j++)
            {
                var src = (i * jDim + j - 1) * tDim;
                var dst = (i * jDim + j) * tDim;
                var prevMax = i + j - 1;
                for (var t = 0; t <= i + j; t++)
                {
                    var v = t <= prevMax ? xpb * e[src + t] : 0.0;
                    if (t > 0)
                    {
                        v += oneOver2P * e[src + t - 1];
                    }

                    if (t + 1 <= prevMax)
                    {
                        v += (t + 1) * e[src + t + 1];
                    }

                    e[dst + t] = v;
                }
            }
        }
    }
}
