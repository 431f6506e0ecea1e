using System.Numerics;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Tests.Fermions;
using QuantumApps.Simulator.Operators;

using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Mappings;

public class FermionEncodingTests
{
    /// <summary>Products of a few ½-weighted Pauli strings: exact in binary floating point up to ~1e-16.</summary>
    private const double PauliAlgebraTolerance = 1e-12;

    private static readonly MappingKind[] Kinds = [MappingKind.JordanWigner, MappingKind.Parity, MappingKind.BravyiKitaev];

    private static ulong Mask(params int[] qubits) => qubits.Aggregate(0UL, (m, q) => m | (1UL << q));

    [Fact]
    public void BravyiKitaevMatrix_MatchesRecursiveDefinition()
    {
        // Seeley, Richard & Love, J. Chem. Phys. 137, 224109 (2012), Eq. (24): β_1 = [1],
        // β_{2^{x+1}} = [[β_{2^x}, 0], [A, β_{2^x}]] with A zero except its last row, which is all ones.
        // For non-powers of two the leading n×n block is used.
        bool[,] beta = { { true } };
        for (int size = 1; size < 16; size *= 2)
        {
            var next = new bool[2 * size, 2 * size];
            for (int i = 0; i < size; i++)
            {
                for (int j = 0; j < size; j++)
                {
                    next[i, j] = beta[i, j];
                    next[size + i, size + j] = beta[i, j];
                }
            }
            for (int j = 0; j < size; j++)
            {
                next[2 * size - 1, j] = true;
            }
            beta = next;
        }
        for (int n = 1; n <= 16; n++)
        {
            var enc = FermionEncoding.BravyiKitaev(n);
            for (int k = 0; k < n; k++)
            {
                ulong expected = 0;
                for (int j = 0; j < n; j++)
                {
                    if (beta[k, j])
                    {
                        expected |= 1UL << j;
                    }
                }
                Assert.Equal(expected, enc.EncodingRow(k));
            }
        }
    }

    [Fact]
    public void BravyiKitaevSets_ForEightModes_MatchFenwickTree()
    {
        // Hand-derived from the Fenwick tree of SRL 2012 Sec. IV (qubit k stores modes (k∧(k+1))..k):
        // U(j) = ancestors of j, P(j) = roots of the prefix 0..j−1, F(j) = children of j, R(j) = P(j) \ F(j).
        var enc = FermionEncoding.BravyiKitaev(8);
        ulong[] u = [Mask(1, 3, 7), Mask(3, 7), Mask(3, 7), Mask(7), Mask(5, 7), Mask(7), Mask(7), 0];
        ulong[] p = [0, Mask(0), Mask(1), Mask(1, 2), Mask(3), Mask(3, 4), Mask(3, 5), Mask(3, 5, 6)];
        ulong[] f = [0, Mask(0), 0, Mask(1, 2), 0, Mask(4), 0, Mask(3, 5, 6)];
        ulong[] r = [0, 0, Mask(1), 0, Mask(3), Mask(3), Mask(3, 5), 0];
        for (int j = 0; j < 8; j++)
        {
            Assert.Equal(u[j], enc.UpdateSet(j));
            Assert.Equal(p[j], enc.ParitySet(j));
            Assert.Equal(f[j], enc.FlipSet(j));
            Assert.Equal(r[j], enc.RemainderSet(j));
        }
    }

    [Fact]
    public void JordanWignerAndParitySets_FollowTheirDefinitions()
    {
        // JW: U = ∅, P = {0..j−1}, F = ∅. Parity: U = {j+1..n−1}, P = F = {j−1}, R = ∅ (SRL 2012 Sec. III).
        const int n = 7;
        var jw = FermionEncoding.JordanWigner(n);
        var parity = FermionEncoding.Parity(n);
        for (int j = 0; j < n; j++)
        {
            Assert.Equal(0UL, jw.UpdateSet(j));
            Assert.Equal((1UL << j) - 1, jw.ParitySet(j));
            Assert.Equal(0UL, jw.FlipSet(j));
            Assert.Equal(((1UL << n) - 1) & ~((2UL << j) - 1), parity.UpdateSet(j));
            Assert.Equal(j == 0 ? 0UL : 1UL << (j - 1), parity.ParitySet(j));
            Assert.Equal(j == 0 ? 0UL : 1UL << (j - 1), parity.FlipSet(j));
            Assert.Equal(0UL, parity.RemainderSet(j));
        }
    }

    [Fact]
    public void JordanWignerLadder_IsHalfXMinusIYTimesZString()
    {
        // Convention of the brief: a†_j = ½(X_j − iY_j) Z_{j−1}⋯Z_0, a_j = ½(X_j + iY_j) Z_{j−1}⋯Z_0.
        var enc = FermionEncoding.JordanWigner(4);
        var create = enc.Ladder(2, creation: true);
        Assert.Equal(2, create.Count);
        Assert.Equal(new Complex(0.5, 0), create.CoefficientOf(PauliString.Parse("Z0 Z1 X2")));
        Assert.Equal(new Complex(0, -0.5), create.CoefficientOf(PauliString.Parse("Z0 Z1 Y2")));
        var annihilate = enc.Ladder(2, creation: false);
        Assert.Equal(new Complex(0, 0.5), annihilate.CoefficientOf(PauliString.Parse("Z0 Z1 Y2")));
    }

    [Fact]
    public void EncodeDecode_AreInverse_ForAllOccupations()
    {
        foreach (var kind in Kinds)
        {
            for (int n = 1; n <= 10; n++)
            {
                var enc = FermionEncoding.For(kind, n);
                var seen = new HashSet<ulong>();
                for (ulong occ = 0; occ < 1UL << n; occ++)
                {
                    ulong b = enc.Encode(occ);
                    Assert.True(b < 1UL << n);
                    Assert.True(seen.Add(b));
                    Assert.Equal(occ, enc.Decode(b));
                }
            }
        }
    }

    [Fact]
    public void MappedLadderOperators_SatisfyAnticommutationRelations_ForOneToEightModes()
    {
        // Expected: {a_p, a†_q} = δ_pq·1 and {a_p, a_q} = {a†_p, a†_q} = 0 (CAR) as Pauli sums.
        foreach (var kind in Kinds)
        {
            for (int n = 1; n <= 8; n++)
            {
                var enc = FermionEncoding.For(kind, n);
                for (int p = 0; p < n; p++)
                {
                    var ap = enc.Ladder(p, false);
                    var cp = enc.Ladder(p, true);
                    for (int q = 0; q < n; q++)
                    {
                        var aq = enc.Ladder(q, false);
                        var cq = enc.Ladder(q, true);
                        var expected = p == q ? PauliSum.Identity(n, 1.0) : PauliSum.Zero(n);
                        Assert.True((ap * cq + cq * ap).ApproximatelyEquals(expected, PauliAlgebraTolerance), $"{kind} n={n} {{a_{p}, a†_{q}}}");
                        Assert.True((ap * aq + aq * ap).ApproximatelyEquals(PauliSum.Zero(n), PauliAlgebraTolerance), $"{kind} n={n} {{a_{p}, a_{q}}}");
                        Assert.True((cp * cq + cq * cp).ApproximatelyEquals(PauliSum.Zero(n), PauliAlgebraTolerance), $"{kind} n={n} {{a†_{p}, a†_{q}}}");
                    }
                    Assert.True(cp.ApproximatelyEquals(ap.Adjoint(), PauliAlgebraTolerance));
                }
            }
        }
    }

    [Fact]
    public void MappedLadderOperators_EqualFockMatrices_UnderTheEncoding()
    {
        // Independent path: the Fock-space oracle acting on determinants; under the encoding the mapped matrix
        // must be the Fock matrix with rows and columns relabelled n → A·n.
        foreach (var kind in Kinds)
        {
            for (int n = 1; n <= 5; n++)
            {
                var enc = FermionEncoding.For(kind, n);
                for (int j = 0; j < n; j++)
                {
                    foreach (bool creation in new[] { true, false })
                    {
                        var fock = FockSpaceOracle.Matrix(FermionOperator.Single(1.0, new LadderOperator(j, creation)), n);
                        var mapped = DenseOracle.BitwiseMatrix(enc.Ladder(j, creation).WithNumQubits(n));
                        for (ulong a = 0; a < 1UL << n; a++)
                        {
                            for (ulong b = 0; b < 1UL << n; b++)
                            {
                                Assert.True(Complex.Abs(mapped[enc.Encode(a), enc.Encode(b)] - fock[a, b]) < PauliAlgebraTolerance,
                                    $"{kind} n={n} mode {j} creation={creation} element ({a},{b})");
                            }
                        }
                    }
                }
            }
        }
    }
}
