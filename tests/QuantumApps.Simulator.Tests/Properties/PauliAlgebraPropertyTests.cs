using System.Numerics;
using CsCheck;
using QuantumApps.Simulator.IO;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Properties;

/// <summary>
/// Property tests (CsCheck, fixed seed, <see cref="PropertyChecks"/>) of the Pauli algebra and its text/JSON forms:
/// products are associative with the right phases (checked on 64-qubit masks and against the dense matrices of
/// <see cref="DenseOracle"/> on 3 qubits), commutators are antisymmetric, and a sum survives a text or JSON round trip
/// exactly.
/// </summary>
public class PauliAlgebraPropertyTests
{
    private static readonly Gen<PauliString> AnyString =
        Gen.Select(Gen.ULong, Gen.ULong, Gen.Int[0, 3], (x, z, k) => new PauliString(x, z, k));

    private static Gen<PauliString> StringOn(int n) =>
        Gen.Select(Gen.ULong, Gen.ULong, Gen.Int[0, 3], (x, z, k) => new PauliString(x & ((1UL << n) - 1), z & ((1UL << n) - 1), k));

    /// <summary>Sums on 1..6 qubits with 1..6 terms and coefficients that are dyadic rationals (exact in double, so merging is exact).</summary>
    private static readonly Gen<PauliSum> AnySum =
        Gen.Int[1, 6].SelectMany(n => Gen.Select(StringOn(n), Gen.Int[-64, 64], Gen.Int[-64, 64], (p, re, im) => new PauliTerm(p, new Complex(re / 16.0, im / 16.0)))
            .Array[1, 6].Select(terms => PauliSum.FromTerms(n, terms, 0.0))).Where(s => s.Count > 0);

    [Fact]
    public void ProductIsAssociativeOn64Qubits() =>
        PropertyChecks.Check(Gen.Select(AnyString, AnyString, AnyString), t =>
        {
            var (a, b, c) = t;
            Assert.Equal((a * b) * c, a * (b * c));
        }, 2000);

    [Fact]
    public void ProductPhaseMatchesTheDenseMatrices() =>
        PropertyChecks.Check(Gen.Select(StringOn(3), StringOn(3)), t =>
        {
            var (a, b) = t;
            var expected = DenseOracle.Of(a, 3) * DenseOracle.Of(b, 3);
            Assert.True((DenseOracle.Of(a * b, 3) - expected).FrobeniusNorm() < Tolerances.Unitary, $"{a} * {b} = {a * b}");
        }, 300);

    [Fact]
    public void StringsCommuteExactlyWhenTheirProductsAgree() =>
        PropertyChecks.Check(Gen.Select(AnyString, AnyString), t =>
        {
            var (a, b) = t;
            Assert.Equal(a.CommutesWith(b), a * b == b * a);
            Assert.Equal(a.CommutesWith(b), b.CommutesWith(a));
        }, 2000);

    [Fact]
    public void CommutatorIsAntisymmetric() =>
        PropertyChecks.Check(Gen.Select(AnySum, AnySum), t =>
        {
            var (a, b) = t;
            int n = Math.Max(a.NumQubits, b.NumQubits);
            a = a.WithNumQubitsAtLeast(n);
            b = b.WithNumQubitsAtLeast(n);
            Assert.True(PauliSum.Commutator(a, b).ApproximatelyEquals(-PauliSum.Commutator(b, a), Tolerances.Unitary));
            Assert.True(PauliSum.Commutator(a, a).ApproximatelyEquals(PauliSum.Zero(n), Tolerances.Unitary));
        }, 300);

    [Fact]
    public void TextRoundTripIsExact() =>
        PropertyChecks.Check(Gen.Select(AnySum, Gen.Bool), t =>
        {
            var (s, compact) = t;
            Assert.Equal(s, PauliSumText.Parse(PauliSumText.Format(s, compact), "round-trip"));
        }, 300);

    [Fact]
    public void JsonRoundTripIsExact() =>
        PropertyChecks.Check(AnySum, s => Assert.Equal(s, PauliSumJson.Read(PauliSumJson.Write(s), "round-trip")), 300);
}
