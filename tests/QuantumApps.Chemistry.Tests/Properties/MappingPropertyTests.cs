using CsCheck;
using QuantumApps.Chemistry.Fermions;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Properties;

/// <summary>
/// Property tests (CsCheck, fixed seed, <see cref="PropertyChecks"/>) of the Jordan–Wigner, parity and Bravyi–Kitaev
/// images on 1..40 modes (the exhaustive tests stop at 8): the image of the one-body operator E_pq = a†_p a_q, mapped as a
/// fermion operator (<see cref="QubitMapping.Map"/>), equals the product of the mapped ladders, and the images obey the
/// relations that follow from the canonical anticommutation relations {a_p, a†_q} = δ_pq, {a_p, a_q} = 0:
/// E_pq† = E_qp and [E_pq, E_rs] = δ_qr E_ps − δ_ps E_rq.
/// </summary>
public class MappingPropertyTests
{
    /// <summary>Products of two-term ladder sums with coefficients ±½, ±i/2: exact up to rounding of a few products.</summary>
    private const double PauliAlgebraTolerance = Tolerances.Unitary;

    private static readonly Gen<(MappingKind Kind, int Modes, int P, int Q, int R, int S)> Cases =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 40]).SelectMany(t =>
            Gen.Select(Gen.Int[0, t.Item2 - 1], Gen.Int[0, t.Item2 - 1], Gen.Int[0, t.Item2 - 1], Gen.Int[0, t.Item2 - 1],
                (p, q, r, s) => ((MappingKind)new[] { MappingKind.JordanWigner, MappingKind.Parity, MappingKind.BravyiKitaev }[t.Item1], t.Item2, p, q, r, s)));

    private static PauliSum E(FermionEncoding enc, int p, int q) => enc.Ladder(p, true) * enc.Ladder(q, false);

    [Fact]
    public void LadderAnticommutationRelations() =>
        PropertyChecks.Check(Cases, c =>
        {
            var enc = FermionEncoding.For(c.Kind, c.Modes);
            var ap = enc.Ladder(c.P, false);
            var aq = enc.Ladder(c.Q, false);
            var cq = enc.Ladder(c.Q, true);
            var expected = c.P == c.Q ? PauliSum.Identity(c.Modes, 1.0) : PauliSum.Zero(c.Modes);
            Assert.True((ap * cq + cq * ap).ApproximatelyEquals(expected, PauliAlgebraTolerance), $"{c}: {{a_p, a†_q}}");
            Assert.True((ap * aq + aq * ap).ApproximatelyEquals(PauliSum.Zero(c.Modes), PauliAlgebraTolerance), $"{c}: {{a_p, a_q}}");
        }, 300);

    [Fact]
    public void OneBodyImagesObeyTheCommutationRelations() =>
        PropertyChecks.Check(Cases, c =>
        {
            var enc = FermionEncoding.For(c.Kind, c.Modes);
            var epq = E(enc, c.P, c.Q);
            var ers = E(enc, c.R, c.S);
            Assert.True(epq.Adjoint().ApproximatelyEquals(E(enc, c.Q, c.P), PauliAlgebraTolerance), $"{c}: E_pq† = E_qp");
            var expected = PauliSum.Zero(c.Modes);
            if (c.Q == c.R) expected += E(enc, c.P, c.S);
            if (c.P == c.S) expected -= E(enc, c.R, c.Q);
            Assert.True(PauliSum.Commutator(epq, ers).ApproximatelyEquals(expected, PauliAlgebraTolerance), $"{c}: [E_pq, E_rs]");
        }, 300);

    [Fact]
    public void MappedFermionOperatorEqualsTheProductOfMappedLadders() =>
        PropertyChecks.Check(Cases, c =>
        {
            var mapping = QubitMapping.Create(c.Kind, c.Modes, SpinOrdering.Interleaved);
            var op = FermionOperator.Single(1.0, LadderOperator.Create(c.P), LadderOperator.Annihilate(c.Q));
            var viaLadders = mapping.Ladder(c.P, true) * mapping.Ladder(c.Q, false);
            Assert.True(mapping.Map(op).ApproximatelyEquals(viaLadders, PauliAlgebraTolerance), c.ToString());
        }, 300);
}
