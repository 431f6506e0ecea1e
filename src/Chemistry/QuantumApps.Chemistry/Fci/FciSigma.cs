using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Numerics;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// The Hamiltonian on the determinant space |I_α I_β⟩ (coefficient of determinant (I_α, I_β) at I_α·n_β + I_β), applied
/// without storing it (Knowles &amp; Handy, Chem. Phys. Lett. 111, 315 (1984); the scheme of PySCF's
/// fci.direct_spin1). With E_pq = Σ_σ a†_pσ a_qσ and N electrons,
/// <code>H − E_const = Σ_pq,rs K_rs,pq E_rs E_pq,  K_rs,pq = ½[(rs|pq) + δ_rs f_pq + f_rs δ_pq],  f = (h − ½ Σ_r (pr|rq)) / N</code>
/// (the one-electron part absorbed through Σ_p E_pp = N). σ = Hc in three steps over blocks of alpha strings (all beta
/// strings each): D_I,pq = Σ_J ⟨I|E_pq|J⟩ c_J gathered from the single-replacement lists of I; G = D·K, a dense product
/// (<see cref="MatrixProduct"/>); σ_K += ⟨K|E_rs|I⟩ G_I,rs scattered along the same lists. Pairs are packed (p ≥ q):
/// K is symmetric in each pair since the orbitals are real, so D_I,(pq) sums E_pq and E_qp and G_I,(rs) serves both.
/// Alpha and beta operators pick up no relative sign (E_pq moves an even number of places).
/// </summary>
internal sealed class FciSigma : IFciOperator
{
    /// <summary>Bytes of each of the two work blocks (D and G) at most, unless one alpha string alone needs more.</summary>
    public const long BlockBytes = 64L << 20;

    /// <summary>Beta strings per tile of the alpha gather and scatter (their D/G rows stay in L1 across the replacements).</summary>
    public const int Tile = 16;

    private readonly double[] _k;
    private readonly int _pairs;
    private readonly int _blockAlpha;
    private readonly double[] _d;
    private readonly double[] _g;

    public FciSigma(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        Alpha = new OccupationStrings(n, h.NumAlpha);
        Beta = h.NumAlpha == h.NumBeta ? Alpha : new OccupationStrings(n, h.NumBeta);
        _pairs = n * (n + 1) / 2;
        _k = PackedOperator(h);
        _blockAlpha = BlockAlphaStrings(Beta.Count, _pairs);
        var rows = Math.Min(_blockAlpha, Alpha.Count) * Beta.Count;
        _d = new double[(long)rows * _pairs];
        _g = new double[(long)rows * _pairs];
        Diagonal = new DeterminantDiagonal(h, Alpha, Beta).Full();
    }

    /// <summary>Alpha strings.</summary>
    public OccupationStrings Alpha { get; }

    /// <summary>Beta strings (the alpha object when N_α = N_β).</summary>
    public OccupationStrings Beta { get; }

    /// <summary>Determinants n_α·n_β.</summary>
    public int Count => Alpha.Count * Beta.Count;

    /// <summary>H_II − E_const for every determinant.</summary>
    public double[] Diagonal { get; }

    /// <summary>Alpha strings per block so that one work block holds at most <see cref="BlockBytes"/> (at least one string).</summary>
    public static int BlockAlphaStrings(int betaStrings, int pairs) =>
        (int)Math.Max(1, BlockBytes / ((long)betaStrings * pairs * sizeof(double)));

    /// <summary>σ = (H − E_const) c.</summary>
    public void Apply(double[] c, double[] sigma, CancellationToken cancellationToken)
    {
        Array.Clear(sigma);
        var nb = Beta.Count;
        var p = _pairs;
        var la = Alpha.LinksPerString;
        var lb = Beta.LinksPerString;
        var aPair = Alpha.LinkPair;
        var aSign = Alpha.LinkSign;
        var aTarget = Alpha.LinkTarget;
        var bPair = Beta.LinkPair;
        var bSign = Beta.LinkSign;
        var bTarget = Beta.LinkTarget;
        for (var a0 = 0; a0 < Alpha.Count; a0 += _blockAlpha)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a1 = Math.Min(Alpha.Count, a0 + _blockAlpha);
            var rows = (a1 - a0) * nb;
            var d = _d;
            var g = _g;
            // Gather D. Alpha replacements read c(K_α, ·) along a tile of beta strings (contiguous in c, the tile's D
            // rows stay in L1); beta replacements read within row I_α of c.
            var tiles = (nb + Tile - 1) / Tile;
            Parallel.For(0, (a1 - a0) * tiles, job =>
            {
                var ia = a0 + job / tiles;
                var t0 = job % tiles * Tile;
                var t1 = Math.Min(nb, t0 + Tile);
                var rowBase = (ia - a0) * nb;
                for (var ib = t0; ib < t1; ib++)
                {
                    d.AsSpan((rowBase + ib) * p, p).Clear();
                }

                for (var e = ia * la; e < (ia + 1) * la; e++)
                {
                    var pair = aPair[e];
                    var sign = aSign[e];
                    var src = aTarget[e] * nb;
                    for (var ib = t0; ib < t1; ib++)
                    {
                        d[(rowBase + ib) * p + pair] += sign * c[src + ib];
                    }
                }

                var cRow = c.AsSpan(ia * nb, nb);
                for (var ib = t0; ib < t1; ib++)
                {
                    var row = d.AsSpan((rowBase + ib) * p, p);
                    for (var e = ib * lb; e < (ib + 1) * lb; e++)
                    {
                        row[bPair[e]] += bSign[e] * cRow[bTarget[e]];
                    }
                }
            });

            MatrixProduct.Multiply(d, _k, g, rows, p, p);

            // Alpha scatter: σ(K_α, I_β) — a job owns one tile of beta strings for every alpha string of the block, so
            // no two jobs write the same element.
            Parallel.For(0, tiles, tile =>
            {
                var t0 = tile * Tile;
                var t1 = Math.Min(nb, t0 + Tile);
                for (var ia = a0; ia < a1; ia++)
                {
                    var rowBase = (ia - a0) * nb;
                    for (var e = ia * la; e < (ia + 1) * la; e++)
                    {
                        var pair = aPair[e];
                        var sign = aSign[e];
                        var target = aTarget[e] * nb;
                        for (var ib = t0; ib < t1; ib++)
                        {
                            sigma[target + ib] += sign * g[(rowBase + ib) * p + pair];
                        }
                    }
                }
            });

            // Beta scatter: σ(I_α, K_β) — threads own disjoint alpha strings.
            Parallel.For(a0, a1, ia =>
            {
                var sRow = sigma.AsSpan(ia * nb, nb);
                for (var ib = 0; ib < nb; ib++)
                {
                    var gRow = g.AsSpan(((ia - a0) * nb + ib) * p, p);
                    for (var e = ib * lb; e < (ib + 1) * lb; e++)
                    {
                        sRow[bTarget[e]] += bSign[e] * gRow[bPair[e]];
                    }
                }
            });
        }
    }

    /// <summary>K_(rs),(pq) packed (see the class remarks), P×P row-major with P = n(n+1)/2.</summary>
    internal static double[] PackedOperator(MolecularHamiltonian h)
    {
        var n = h.NumOrbitals;
        var pairs = n * (n + 1) / 2;
        var nElec = Math.Max(1, h.NumElectrons);
        var f = new double[n * n];
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q < n; q++)
            {
                var v = h.H(p, q);
                for (var r = 0; r < n; r++)
                {
                    v -= 0.5 * h.G(p, r, r, q);
                }

                f[p * n + q] = v / nElec;
            }
        }

        var k = new double[pairs * pairs];
        for (var r = 0; r < n; r++)
        {
            for (var s = 0; s <= r; s++)
            {
                var rs = OccupationStrings.Pair(r, s);
                for (var p = 0; p < n; p++)
                {
                    for (var q = 0; q <= p; q++)
                    {
                        var v = h.G(r, s, p, q);
                        if (r == s)
                        {
                            v += f[p * n + q];
                        }

                        if (p == q)
                        {
                            v += f[r * n + s];
                        }

                        k[rs * pairs + OccupationStrings.Pair(p, q)] = 0.5 * v;
                    }
                }
            }
        }

        return k;
    }
}
