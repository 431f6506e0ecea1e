using System.Numerics;
using QuantumApps.Chemistry.Fermions;

using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Fermions;

public class FermionOperatorTests
{
    /// <summary>Normal ordering only adds and negates O(1) coefficients a handful of times: round-off ~1e-15.</summary>
    private const double AlgebraTolerance = 1e-12;

    [Fact]
    public void NormalOrdering_ReproducesCanonicalAnticommutationRelations()
    {
        // Expected values: the CAR {a_p, a†_q} = δ_pq, {a_p, a_q} = {a†_p, a†_q} = 0 (definition).
        for (int p = 0; p < 4; p++)
        {
            for (int q = 0; q < 4; q++)
            {
                var ap = FermionOperator.Annihilation(p);
                var aq = FermionOperator.Annihilation(q);
                var cq = FermionOperator.Creation(q);
                var cp = FermionOperator.Creation(p);
                var anti = (ap * cq + cq * ap).NormalOrdered();
                var expected = p == q ? FermionOperator.Identity(1.0) : FermionOperator.Zero;
                Assert.Equal(expected, anti);
                Assert.True((ap * aq + aq * ap).NormalOrdered().IsZero);
                Assert.True((cp * cq + cq * cp).NormalOrdered().IsZero);
            }
        }
    }

    [Fact]
    public void NormalOrdered_OrdersCreationsDescendingWithSigns()
    {
        // a†_0 a†_1 = −a†_1 a†_0 (one transposition); a_2 a†_2 = 1 − a†_2 a_2 (CAR);
        // a_0 a†_1 a_1 a†_0 → by hand: moving a_0 right past a†_1 a_1 (two swaps) gives a†_1 a_1 a_0 a†_0
        // = n_1 − a†_1 a_1 a†_0 a_0 = n_1 + a†_1 a†_0 a_1 a_0 (one more swap a_1 a†_0 = −a†_0 a_1).
        var t1 = FermionOperator.Single(1.0, LadderOperator.Create(0), LadderOperator.Create(1)).NormalOrdered();
        Assert.Equal(FermionOperator.Single(-1.0, LadderOperator.Create(1), LadderOperator.Create(0)), t1);

        var t2 = FermionOperator.Single(1.0, LadderOperator.Annihilate(2), LadderOperator.Create(2)).NormalOrdered();
        Assert.Equal(FermionOperator.Identity(1.0) - FermionOperator.Number(2), t2);

        var t3 = FermionOperator.Single(1.0, LadderOperator.Annihilate(0), LadderOperator.Create(1),
            LadderOperator.Annihilate(1), LadderOperator.Create(0)).NormalOrdered();
        var expected = FermionOperator.Number(1)
            + FermionOperator.Single(1.0, LadderOperator.Create(1), LadderOperator.Create(0), LadderOperator.Annihilate(1), LadderOperator.Annihilate(0));
        Assert.Equal(expected, t3);
        Assert.True(t3.IsNormalOrdered);

        Assert.True(FermionOperator.Single(1.0, LadderOperator.Create(3), LadderOperator.Annihilate(1), LadderOperator.Create(3)).NormalOrdered().IsZero);
    }

    [Fact]
    public void NormalOrdered_PreservesTheOperator_OnRandomProducts()
    {
        // Independent path: the dense Fock-space matrix built by acting on determinants bit by bit.
        var rng = new Random(20261122);
        for (int trial = 0; trial < 40; trial++)
        {
            int modes = 1 + rng.Next(4);
            var op = RandomFermion.Operator(rng, modes, maxTerms: 4, maxLength: 6);
            var ordered = op.NormalOrdered();
            Assert.True(ordered.IsNormalOrdered);
            double diff = DenseOracle.MaxDiff(FockSpaceOracle.Matrix(op, modes), FockSpaceOracle.Matrix(ordered, modes));
            Assert.True(diff < AlgebraTolerance, $"trial {trial}: normal ordering changed the operator by {diff}");
            Assert.Equal(ordered, ordered.NormalOrdered());
        }
    }

    [Fact]
    public void Product_And_Adjoint_MatchDenseMatrices()
    {
        // Independent path: Fock matrices; (AB) = A·B and A† = conjugate transpose.
        var rng = new Random(7);
        for (int trial = 0; trial < 20; trial++)
        {
            const int modes = 3;
            var a = RandomFermion.Operator(rng, modes, 3, 3);
            var b = RandomFermion.Operator(rng, modes, 3, 3);
            var ma = FockSpaceOracle.Matrix(a, modes);
            var mb = FockSpaceOracle.Matrix(b, modes);
            Assert.True(DenseOracle.MaxDiff(FockSpaceOracle.Matrix(a * b, modes), DenseOracle.Mul(ma, mb)) < AlgebraTolerance);
            Assert.True(DenseOracle.MaxDiff(FockSpaceOracle.Matrix(a.Adjoint(), modes), DenseOracle.Adjoint(ma)) < AlgebraTolerance);
            Assert.Equal(a, a.Adjoint().Adjoint());
        }
    }

    [Fact]
    public void Sums_MergeLikeTerms_AndDropCancellations()
    {
        var n0 = FermionOperator.Number(0);
        Assert.Single((n0 + n0).Terms);
        Assert.Equal(new Complex(2, 0), (n0 + n0).Terms[0].Coefficient);
        Assert.True((n0 - n0).IsZero);
        Assert.Equal(n0 + FermionOperator.Number(1), FermionOperator.Number(1) + n0);
    }

    [Fact]
    public void ToString_UsesOpenFermionNotation()
    {
        var op = FermionOperator.Single(0.5, LadderOperator.Create(3), LadderOperator.Annihilate(0));
        Assert.Equal("0.5 [3^ 0]", op.ToString());
    }
}
