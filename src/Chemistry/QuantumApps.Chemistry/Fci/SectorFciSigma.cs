using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Numerics;

namespace QuantumApps.Chemistry.Fci;

/// <summary>
/// The Hamiltonian restricted to one symmetry sector Γ of <see cref="OrbitalSymmetry"/>: the determinants (I_α, I_β)
/// with l(I_α) ⊕ l(I_β) = Γ, stored block by block — block g holds the alpha strings of label g times the beta strings
/// of label g ⊕ Γ, row-major (alpha position · width + beta position), blocks in increasing g. σ = (H − E_const) c is
/// the Knowles–Handy product of <see cref="FciSigma"/> (same K, same single-replacement lists) taken block-sparse:
/// K_(rs),(pq) vanishes unless l(rs) = l(pq) (l(pq) = l_p ⊕ l_q), and the intermediate D_I,(pq) = Σ_J ⟨I|E_pq|J⟩ c_J
/// is non-zero only for l(I) = Γ ⊕ l(pq). So for each pair label s and each alpha label h_α (beta label
/// h_β = h_α ⊕ Γ ⊕ s) D is gathered on the rows I ∈ (h_α, h_β) and the P_s columns of label s, multiplied by the
/// P_s × P_s block K_s, and scattered back: Σ_s D_{Γ⊕s}·P_s² multiply-adds instead of D·P² (about order² times fewer
/// when the labels split the pairs evenly), on vectors order times shorter.
/// </summary>
internal sealed class SectorFciSigma : IFciOperator
{
    private readonly int _order;
    private readonly int _sector;
    private readonly SymmetricStrings _alpha;
    private readonly SymmetricStrings _beta;
    private readonly double[][] _k;
    private readonly int[] _pairCount;
    private readonly int[] _offset;
    private readonly double[] _d;
    private readonly double[] _g;

    public SectorFciSigma(MolecularHamiltonian h, OrbitalSymmetry symmetry, OccupationStrings alpha, OccupationStrings beta,
        DeterminantDiagonal diagonal, int sector)
    {
        _order = symmetry.Order;
        _sector = sector;
        var n = h.NumOrbitals;
        var pairs = n * (n + 1) / 2;
        var pairLabel = new int[pairs];
        var pairLocal = new int[pairs];
        var pairsOf = new List<int>[_order];
        for (var s = 0; s < _order; s++) pairsOf[s] = [];
        for (var p = 0; p < n; p++)
        {
            for (var q = 0; q <= p; q++)
            {
                var pq = OccupationStrings.Pair(p, q);
                pairLabel[pq] = symmetry.Labels[p] ^ symmetry.Labels[q];
                pairLocal[pq] = pairsOf[pairLabel[pq]].Count;
                pairsOf[pairLabel[pq]].Add(pq);
            }
        }

        _alpha = new SymmetricStrings(alpha, symmetry, pairLabel, pairLocal);
        _beta = ReferenceEquals(alpha, beta) ? _alpha : new SymmetricStrings(beta, symmetry, pairLabel, pairLocal);
        var full = FciSigma.PackedOperator(h);
        _k = new double[_order][];
        _pairCount = new int[_order];
        for (var s = 0; s < _order; s++)
        {
            var list = pairsOf[s];
            var ps = list.Count;
            _pairCount[s] = ps;
            _k[s] = new double[ps * ps];
            for (var i = 0; i < ps; i++)
            {
                for (var j = 0; j < ps; j++)
                {
                    _k[s][i * ps + j] = full[list[i] * pairs + list[j]];
                }
            }
        }

        _offset = new int[_order + 1];
        for (var g = 0; g < _order; g++)
        {
            _offset[g + 1] = checked(_offset[g] + _alpha.Members[g].Length * _beta.Members[g ^ sector].Length);
        }

        long work = 1;
        for (var s = 0; s < _order; s++)
        {
            var ps = _pairCount[s];
            for (var ha = 0; ha < _order && ps > 0; ha++)
            {
                var na = _alpha.Members[ha].Length;
                var nb = _beta.Members[ha ^ sector ^ s].Length;
                if (na == 0 || nb == 0) continue;
                work = Math.Max(work, (long)Math.Min(na, BlockAlpha(nb, ps)) * nb * ps);
            }
        }

        _d = new double[work];
        _g = new double[work];
        Diagonal = new double[Count];
        for (var g = 0; g < _order; g++)
        {
            var rowsA = _alpha.Members[g];
            var colsB = _beta.Members[g ^ sector];
            var off = _offset[g];
            Parallel.For(0, rowsA.Length, a =>
            {
                for (var b = 0; b < colsB.Length; b++)
                {
                    Diagonal[off + a * colsB.Length + b] = diagonal.Value(rowsA[a], colsB[b]);
                }
            });
        }
    }

    /// <summary>Determinants of the sector.</summary>
    public int Count => _offset[_order];

    /// <summary>H_II − E_const in the block layout.</summary>
    public double[] Diagonal { get; }

    /// <summary>Determinants of sector <paramref name="sector"/> from the string counts per label (nothing allocated).</summary>
    public static double SectorSize(double[] alphaPerLabel, double[] betaPerLabel, int sector)
    {
        var d = 0.0;
        for (var g = 0; g < alphaPerLabel.Length; g++) d += alphaPerLabel[g] * betaPerLabel[g ^ sector];
        return d;
    }

    /// <summary>Alpha strings per work block so that it holds at most <see cref="FciSigma.BlockBytes"/> (at least one).</summary>
    private static int BlockAlpha(int betaStrings, int pairs) =>
        (int)Math.Max(1, FciSigma.BlockBytes / ((long)betaStrings * pairs * sizeof(double)));

    /// <summary>σ = (H − E_const) c in the sector.</summary>
    public void Apply(double[] c, double[] sigma, CancellationToken cancellationToken)
    {
        Array.Clear(sigma);
        var order = _order;
        var tileSize = FciSigma.Tile;
        for (var s = 0; s < order; s++)
        {
            var k = _k[s];
            var ps = _pairCount[s];
            if (ps == 0) continue;
            for (var ha = 0; ha < order; ha++)
            {
                var hb = ha ^ _sector ^ s;
                var rowsA = _alpha.Members[ha];
                var colsB = _beta.Members[hb];
                var nA = rowsA.Length;
                var nB = colsB.Length;
                if (nA == 0 || nB == 0) continue;
                // Alpha replacements of label s lead to block (ha ⊕ s, hb), of width nB; beta replacements to block
                // (ha, hb ⊕ s) of width widthB.
                var srcA = _offset[ha ^ s];
                var srcB = _offset[ha];
                var widthB = _beta.Members[hb ^ s].Length;
                var chunk = BlockAlpha(nB, ps);
                var tiles = (nB + tileSize - 1) / tileSize;
                var d = _d;
                var g = _g;
                var aBegin = _alpha.Begin;
                var aPair = _alpha.Pair;
                var aSign = _alpha.Sign;
                var aTarget = _alpha.Target;
                var bBegin = _beta.Begin;
                var bPair = _beta.Pair;
                var bSign = _beta.Sign;
                var bTarget = _beta.Target;
                var stride = order + 1;
                for (var a0 = 0; a0 < nA; a0 += chunk)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var a1 = Math.Min(nA, a0 + chunk);
                    var rows = (a1 - a0) * nB;
                    Parallel.For(0, (a1 - a0) * tiles, job =>
                    {
                        var a = a0 + job / tiles;
                        var t0 = job % tiles * tileSize;
                        var t1 = Math.Min(nB, t0 + tileSize);
                        var rowBase = (a - a0) * nB;
                        d.AsSpan((rowBase + t0) * ps, (t1 - t0) * ps).Clear();
                        var ia = rowsA[a];
                        for (var e = aBegin[ia * stride + s]; e < aBegin[ia * stride + s + 1]; e++)
                        {
                            var pair = aPair[e];
                            var sign = aSign[e];
                            var src = srcA + aTarget[e] * nB;
                            for (var b = t0; b < t1; b++)
                            {
                                d[(rowBase + b) * ps + pair] += sign * c[src + b];
                            }
                        }

                        var cRow = srcB + a * widthB;
                        for (var b = t0; b < t1; b++)
                        {
                            var ib = colsB[b];
                            var row = (rowBase + b) * ps;
                            for (var e = bBegin[ib * stride + s]; e < bBegin[ib * stride + s + 1]; e++)
                            {
                                d[row + bPair[e]] += bSign[e] * c[cRow + bTarget[e]];
                            }
                        }
                    });

                    MatrixProduct.Multiply(d, k, g, rows, ps, ps);

                    // Alpha scatter: a job owns one tile of beta positions for every alpha string of the chunk.
                    Parallel.For(0, tiles, tile =>
                    {
                        var t0 = tile * tileSize;
                        var t1 = Math.Min(nB, t0 + tileSize);
                        for (var a = a0; a < a1; a++)
                        {
                            var rowBase = (a - a0) * nB;
                            var ia = rowsA[a];
                            for (var e = aBegin[ia * stride + s]; e < aBegin[ia * stride + s + 1]; e++)
                            {
                                var pair = aPair[e];
                                var sign = aSign[e];
                                var target = srcA + aTarget[e] * nB;
                                for (var b = t0; b < t1; b++)
                                {
                                    sigma[target + b] += sign * g[(rowBase + b) * ps + pair];
                                }
                            }
                        }
                    });

                    // Beta scatter: jobs own disjoint alpha positions.
                    Parallel.For(a0, a1, a =>
                    {
                        var sRow = srcB + a * widthB;
                        var rowBase = (a - a0) * nB;
                        for (var b = 0; b < nB; b++)
                        {
                            var ib = colsB[b];
                            var row = (rowBase + b) * ps;
                            for (var e = bBegin[ib * stride + s]; e < bBegin[ib * stride + s + 1]; e++)
                            {
                                sigma[sRow + bTarget[e]] += bSign[e] * g[row + bPair[e]];
                            }
                        }
                    });
                }
            }
        }
    }

    /// <summary>
    /// The strings of one spin grouped by label (<see cref="Members"/>[g] = string indices of label g, increasing) and
    /// their single-replacement lists re-sorted by the label s of the pair: the entries of string i with pair label s
    /// are [Begin[i·(order+1) + s], Begin[i·(order+1) + s + 1]), each with the pair's index among the pairs of label
    /// s, the sign, and the target's position within its label group (label l(i) ⊕ s).
    /// </summary>
    private sealed class SymmetricStrings
    {
        public SymmetricStrings(OccupationStrings strings, OrbitalSymmetry symmetry, int[] pairLabel, int[] pairLocal)
        {
            var order = symmetry.Order;
            var label = new int[strings.Count];
            var counts = new int[order];
            for (var i = 0; i < strings.Count; i++)
            {
                label[i] = symmetry.Of(strings.Strings[i]);
                counts[label[i]]++;
            }

            Members = new int[order][];
            for (var g = 0; g < order; g++) Members[g] = new int[counts[g]];
            var position = new int[strings.Count];
            Array.Clear(counts);
            for (var i = 0; i < strings.Count; i++)
            {
                position[i] = counts[label[i]]++;
                Members[label[i]][position[i]] = i;
            }

            var links = strings.LinksPerString;
            Begin = new int[strings.Count * (order + 1)];
            Pair = new int[strings.Count * links];
            Target = new int[strings.Count * links];
            Sign = new double[strings.Count * links];
            var k = 0;
            for (var i = 0; i < strings.Count; i++)
            {
                for (var s = 0; s < order; s++)
                {
                    Begin[i * (order + 1) + s] = k;
                    for (var e = i * links; e < (i + 1) * links; e++)
                    {
                        var pair = strings.LinkPair[e];
                        if (pairLabel[pair] != s) continue;
                        Pair[k] = pairLocal[pair];
                        Target[k] = position[strings.LinkTarget[e]];
                        Sign[k] = strings.LinkSign[e];
                        k++;
                    }
                }

                Begin[i * (order + 1) + order] = k;
            }
        }

        public int[][] Members { get; }

        public int[] Begin { get; }

        public int[] Pair { get; }

        public int[] Target { get; }

        public double[] Sign { get; }
    }
}
