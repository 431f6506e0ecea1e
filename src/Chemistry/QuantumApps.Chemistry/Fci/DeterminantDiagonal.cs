using QuantumApps.Chemistry.Hamiltonians;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// Diagonal elements of the Hamiltonian between determinants (I_α, I_β):
/// H_II − E_const = Σ_{i∈α∪β} h_ii + ½ Σ_{i,j∈α} [(ii|jj) − (ij|ji)] + ½ Σ_{i,j∈β} [(ii|jj) − (ij|ji)] + Σ_{i∈α, j∈β} (ii|jj),
/// held as the same-spin parts e_α(I_α), e_β(I_β) and w(I_β, p) = Σ_{j∈I_β} (pp|jj), so that one element costs N_α additions.
/// </summary>
internal sealed class DeterminantDiagonal
{
    private readonly OccupationStrings _alpha;
    private readonly OccupationStrings _beta;
    private readonly double[] _ea;
    private readonly double[] _eb;
    private readonly double[] _wb;
    private readonly int[] _occA;
    private readonly int _n;

    public DeterminantDiagonal(MolecularHamiltonian h, OccupationStrings alpha, OccupationStrings beta)
    {
        _alpha = alpha;
        _beta = beta;
        _n = h.NumOrbitals;
        var n = _n;
        double[] SameSpin(OccupationStrings s)
        {
            var e = new double[s.Count];
            for (var i = 0; i < s.Count; i++)
            {
                var str = s.Strings[i];
                var v = 0.0;
                for (var p = 0; p < n; p++)
                {
                    if ((str >> p & 1) == 0) continue;
                    v += h.H(p, p);
                    for (var q = 0; q < n; q++)
                    {
                        if ((str >> q & 1) == 0) continue;
                        v += 0.5 * (h.G(p, p, q, q) - h.G(p, q, q, p));
                    }
                }

                e[i] = v;
            }

            return e;
        }

        _ea = SameSpin(alpha);
        _eb = ReferenceEquals(alpha, beta) ? _ea : SameSpin(beta);
        _wb = new double[beta.Count * n];
        for (var ib = 0; ib < beta.Count; ib++)
        {
            var str = beta.Strings[ib];
            for (var p = 0; p < n; p++)
            {
                for (var q = 0; q < n; q++)
                {
                    if ((str >> q & 1) != 0) _wb[ib * n + p] += h.G(p, p, q, q);
                }
            }
        }

        var na = alpha.NumElectrons;
        _occA = new int[alpha.Count * na];
        for (var ia = 0; ia < alpha.Count; ia++)
        {
            var k = 0;
            for (var p = 0; p < n; p++)
            {
                if ((alpha.Strings[ia] >> p & 1) != 0) _occA[ia * na + k++] = p;
            }
        }
    }

    /// <summary>H_II − E_const of determinant (alpha string <paramref name="ia"/>, beta string <paramref name="ib"/>).</summary>
    public double Value(int ia, int ib)
    {
        var na = _alpha.NumElectrons;
        var v = _ea[ia] + _eb[ib];
        var w = ib * _n;
        for (var k = 0; k < na; k++)
        {
            v += _wb[w + _occA[ia * na + k]];
        }

        return v;
    }

    /// <summary>Every determinant in the layout I_α·n_β + I_β.</summary>
    public double[] Full()
    {
        var nb = _beta.Count;
        var diag = new double[(long)_alpha.Count * nb];
        Parallel.For(0, _alpha.Count, ia =>
        {
            for (var ib = 0; ib < nb; ib++)
            {
                diag[ia * nb + ib] = Value(ia, ib);
            }
        });
        return diag;
    }
}
