using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Tests.Fermions;

/// <summary>Seeded random test inputs.</summary>
internal static class RandomFermion
{
    /// <summary>A random operator of up to maxTerms products of length ≤ maxLength over numModes modes.</summary>
    public static FermionOperator Operator(Random rng, int numModes, int maxTerms, int maxLength)
    {
        var builder = new FermionOperatorBuilder();
        int terms = rng.Next(1, maxTerms + 1);
        for (int t = 0; t < terms; t++)
        {
            int len = rng.Next(0, maxLength + 1);
            var ops = new LadderOperator[len];
            for (int i = 0; i < len; i++)
            {
                ops[i] = new LadderOperator(rng.Next(numModes), rng.Next(2) == 0);
            }
            builder.Add(new Complex(rng.NextDouble() * 2 - 1, rng.NextDouble() * 2 - 1), ops);
        }
        return builder.ToOperator();
    }

    /// <summary>
    /// Random real integrals with the symmetries of real orbitals: h symmetric, (pq|rs) 8-fold symmetric,
    /// values uniform in [−1, 1]; a random constant in [−1, 1].
    /// </summary>
    public static MolecularHamiltonian Hamiltonian(Random rng, int n, int nAlpha, int nBeta)
    {
        var h = new double[n * n];
        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q <= p; q++)
            {
                double v = rng.NextDouble() * 2 - 1;
                h[p * n + q] = v;
                h[q * n + p] = v;
            }
        }
        var g = new double[n * n * n * n];
        int Idx(int p, int q, int r, int s) => ((p * n + q) * n + r) * n + s;
        for (int p = 0; p < n; p++)
        {
            for (int q = 0; q <= p; q++)
            {
                for (int r = 0; r < n; r++)
                {
                    for (int s = 0; s <= r; s++)
                    {
                        if (p * n + q < r * n + s)
                        {
                            continue;
                        }
                        double v = rng.NextDouble() * 2 - 1;
                        foreach (var (a, b, c, d) in new[] { (p, q, r, s), (q, p, r, s), (p, q, s, r), (q, p, s, r) })
                        {
                            g[Idx(a, b, c, d)] = v;
                            g[Idx(c, d, a, b)] = v;
                        }
                    }
                }
            }
        }
        return new MolecularHamiltonian(rng.NextDouble() * 2 - 1, n, nAlpha, nBeta, h, g);
    }
}
