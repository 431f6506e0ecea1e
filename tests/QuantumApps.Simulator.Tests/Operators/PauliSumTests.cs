using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Operators;

public class PauliSumTests
{
    [Fact]
    public void Like_terms_merge_and_tiny_terms_drop()
    {
        var s = PauliSum.FromTerms(3, [
            new PauliTerm(PauliString.Parse("X0 Z1"), 0.5),
            new PauliTerm(PauliString.Parse("X0 Z1"), 0.25),
            new PauliTerm(PauliString.Parse("Z2"), 1e-15),
            new PauliTerm(new PauliString(1, 0, 2), 1.0), // -X0
        ]);
        Assert.Equal(2, s.Count);
        Assert.Equal(0.75, s.CoefficientOf(PauliString.Parse("X0 Z1")).Real, 15);
        Assert.Equal(-1.0, s.CoefficientOf(PauliString.Parse("X0")).Real, 15);
    }

    [Fact]
    public void Algebra_matches_dense_matrices()
    {
        // Oracle: dense matrices of each sum (DenseOracle); products, sums and commutators must agree.
        for (int seed = 0; seed < 6; seed++)
        {
            int n = 1 + seed % 4;
            var a = DenseOracle.RandomHermitian(n, 6, seed);
            var b = DenseOracle.RandomHermitian(n, 5, 100 + seed);
            var da = DenseOracle.Of(a);
            var db = DenseOracle.Of(b);
            Assert.True((DenseOracle.Of(a * b) - da * db).FrobeniusNorm() < Tolerances.Accumulated);
            Assert.True((DenseOracle.Of(a + b) - (da + db)).FrobeniusNorm() < Tolerances.Accumulated);
            Assert.True((DenseOracle.Of(a - b) - (da - db)).FrobeniusNorm() < Tolerances.Accumulated);
            Assert.True((DenseOracle.Of(PauliSum.Commutator(a, b)) - (da * db - db * da)).FrobeniusNorm() < Tolerances.Accumulated);
            Assert.True((DenseOracle.Of((a * b).Adjoint()) - (da * db).ConjugateTranspose()).FrobeniusNorm() < Tolerances.Accumulated);
        }
    }

    [Fact]
    public void Hermiticity_is_detected()
    {
        var a = DenseOracle.RandomHermitian(3, 5, 1);
        Assert.True(a.IsHermitian());
        var b = DenseOracle.RandomHermitian(3, 5, 2);
        // AB is Hermitian only if A and B commute; [A,B] is anti-Hermitian (purely imaginary coefficients).
        var c = PauliSum.Commutator(a, b);
        // These seeds give non-commuting sums (a "Count == 0 ||" escape would let an empty commutator pass).
        Assert.NotEqual(0, c.Count);
        Assert.False(c.IsHermitian());
        Assert.True((Complex.ImaginaryOne * c).IsHermitian(), "i[A, B] is Hermitian");
    }

    [Fact]
    public void Canonical_order_groups_terms_by_X_mask()
    {
        var s = DenseOracle.RandomHermitian(6, 40, 3);
        for (int k = 1; k < s.Count; k++) Assert.True(s.Terms[k - 1].Pauli.CompareTo(s.Terms[k].Pauli) < 0);
    }

    [Fact]
    public void Text_and_json_forms_round_trip_exactly()
    {
        var s = DenseOracle.RandomHermitian(5, 20, 4) + PauliSum.Identity(5, -0.7);
        Assert.Equal(s, PauliSum.Parse(s.ToString()));
        Assert.Equal(s, PauliSum.Parse(s.ToCompactString()));
        Assert.Equal(s, PauliSumJson.Read(PauliSumJson.Write(s)));
    }

    [Fact]
    public void Text_format_accepts_comments_identity_and_complex_coefficients()
    {
        var s = PauliSum.Parse("# H2-like\n-0.5\n0.25 Z0\n0.1 X0 X1 Y2 Y3\n(0.5,0.5) XIZ\n");
        Assert.Equal(4, s.NumQubits);
        Assert.Equal(-0.5, s.IdentityCoefficient.Real);
        Assert.Equal(new Complex(0.5, 0.5), s.CoefficientOf(PauliString.Parse("X0 Z2")));
    }

    [Theory]
    [InlineData("0.5 Z0\nabc X1\n", "h.txt:2:1")]
    [InlineData("0.5 Z0\n0.3 X1 Q2\n", "h.txt:2:8")]
    [InlineData("0.5 XX\n0.3 XXX\n", "h.txt:2:5")]
    [InlineData("# nothing\n", "no Pauli terms")]
    [InlineData("qubits 2\n0.5 Z0\n0.3 X1 Z5\n", "h.txt:3: this term acts on qubit 5")]
    [InlineData("0.5 XIII\n0.2 Z0\nqubits 2\n", "h.txt:1: this term acts on qubit 3")]
    public void Malformed_text_names_file_line_and_column(string text, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => PauliSum.Parse(text, "h.txt"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Diagonal_by_Walsh_Hadamard_matches_dense_diagonal()
    {
        var rng = new Random(5);
        var b = new PauliSumBuilder(6);
        for (int k = 0; k < 12; k++) b.Add(new PauliString(0, (ulong)rng.Next(64)), rng.NextDouble() - 0.5);
        var s = b.ToPauliSum();
        var d = s.Diagonal();
        var m = DenseOracle.Of(s);
        for (int i = 0; i < 64; i++) Assert.Equal(m[i, i].Real, d[i], 12);
        Assert.Throws<QuantumAppsException>(() => PauliSum.Parse("1 X0").Diagonal());
    }
}
