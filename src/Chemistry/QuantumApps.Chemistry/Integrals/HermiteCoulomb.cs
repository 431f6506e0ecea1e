namespace QuantumApps.Chemistry.Integrals;

/// <summary>
/// McMurchie–Davidson Hermite Coulomb integrals R_{tuv}(p, X, Y, Z) for t+u+v ≤ L, with T = p(X²+Y²+Z²):
/// R^n_{000} = (−2p)^n F_n(T), R^n_{t+1,u,v} = t R^{n+1}_{t−1,u,v} + X R^{n+1}_{t,u,v} (likewise u with Y, v with Z),
/// R_{tuv} = R^0_{tuv}. Output layout r[(t*(L+1)+u)*(L+1)+v].
/// </summary>
internal static class HermiteCoulomb
{
    /// <summary>Workspace size (doubles) needed for order L.</summary>
    public static int WorkSize(int l) => (l + 1) * (l + 1) * (l + 1) * (l + 1) + l + 1;

    /// <summary>Output size (doubles) for order L.</summary>
    public static int OutputSize(int l) => (l + 1) * (l + 1) * (l + 1);

    /// <summary>Computes R_{tuv} for t+u+v ≤ L into <paramref name="r"/> using <paramref name="work"/>.</summary>
    public static void Fill(int l, double p, double x, double y, double z, Span<double> work, Span<double> r)
    {
        var d = l + 1;
        var d2 = d * d;
        var d3 = d2 * d;
        var boys = work[(d3 * d)..];
        BoysFunction.Evaluate(l, p * (x * x + y * y + z * z), boys);
        var factor = 1.0;
        for (var n = 0; n <= l; n++)
        {
            work[n * d3] = factor * boys[n];
            factor *= -2 * p;
        }

        for (var s = 1; s <= l; s++)
        {
            for (var n = 0; n <= l - s; n++)
            {
                var cur = n * d3;
                var nxt = (n + 1) * d3;
                for (var t = 0; t <= s; t++)
                {
                    for (var u = 0; u <= s - t; u++)
                    {
                        var v = s - t - u;
                        var idx = t * d2 + u * d + v;
                        double val;
                        if (t > 0)
                        {
                            val = x * work[nxt + idx - d2];
                            if (t > 1)
                            {
                                val += (t - 1) * work[nxt + idx - 2 * d2];
                            }
                        }
                        else if (u > 0)
                        {
                            val = y * work[nxt + idx - d];
                            if (u > 1)
                            {
                                val += (u - 1) * work[nxt + idx - 2 * d];
                            }
                        }
                        else
                        {
                            val = z * work[nxt + idx - 1];
                            if (v > 1)
                            {
                                val += (v - 1) * work[nxt + idx - 2];
                            }
                        }

                        work[cur + idx] = val;
                    }
                }
            }
        }

        work[..d3].CopyTo(r);
    }
}
