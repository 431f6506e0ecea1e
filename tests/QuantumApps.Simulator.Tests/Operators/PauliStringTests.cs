using System.Numerics;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Operators;

public class PauliStringTests
{
    private static PauliString Random(Random rng, int n) =>
        new((ulong)rng.NextInt64(1L << n), (ulong)rng.NextInt64(1L << n), rng.Next(4));

    [Fact]
    public void Product_phase_and_commutation_match_dense_matrices()
    {
        // Oracle: explicit Kronecker products of the 2×2 Pauli matrices (DenseOracle).
        var rng = new Random(7);
        for (int n = 1; n <= 5; n++)
            for (int trial = 0; trial < 40; trial++)
            {
                var a = Random(rng, n);
                var b = Random(rng, n);
                var ma = DenseOracle.Of(a, n);
                var mb = DenseOracle.Of(b, n);
                var prod = DenseOracle.Of(a * b, n);
                Assert.True((ma * mb - prod).FrobeniusNorm() < Tolerances.Unitary, $"{a} * {b}");
                bool commute = (ma * mb - mb * ma).FrobeniusNorm() < Tolerances.Unitary;
                Assert.Equal(commute, a.CommutesWith(b));
            }
    }

    [Fact]
    public void Single_qubit_products_follow_the_Pauli_algebra()
    {
        // XY = iZ, YZ = iX, ZX = iY (textbook Pauli algebra).
        Assert.Equal(new PauliString(0, 1, 1), PauliString.Single('X', 0) * PauliString.Single('Y', 0));
        Assert.Equal(new PauliString(1, 0, 1), PauliString.Single('Y', 0) * PauliString.Single('Z', 0));
        Assert.Equal(new PauliString(1, 1, 1), PauliString.Single('Z', 0) * PauliString.Single('X', 0));
        Assert.Equal(PauliString.Identity, PauliString.Single('Y', 3) * PauliString.Single('Y', 3));
    }

    [Fact]
    public void Qubitwise_commutation_requires_equal_letters_where_both_act()
    {
        var a = PauliString.Parse("X0 Z2");
        Assert.True(a.QubitWiseCommutesWith(PauliString.Parse("X0 Y1")));
        Assert.False(a.QubitWiseCommutesWith(PauliString.Parse("Y0")));
        // X0X1 and Y0Y1 commute but not qubit-wise.
        Assert.True(PauliString.Parse("X0 X1").CommutesWith(PauliString.Parse("Y0 Y1")));
        Assert.False(PauliString.Parse("X0 X1").QubitWiseCommutesWith(PauliString.Parse("Y0 Y1")));
    }

    [Fact]
    public void Labels_round_trip_in_indexed_and_compact_form()
    {
        var p = PauliString.Parse("X0 Y2 Z5");
        Assert.Equal("X0 Y2 Z5", p.ToLabel());
        Assert.Equal("XIYIIZ", p.ToCompactLabel(6));
        Assert.Equal(p, PauliString.Parse("XIYIIZ"));
        Assert.Equal(3, p.Weight);
        Assert.Equal(5, p.MaxQubit);
        Assert.Equal(PauliString.Identity, PauliString.Parse("I"));
    }

    [Theory]
    [InlineData("X0 Q1", "column 4")]
    [InlineData("X0 X0", "column 4: qubit 0 appears twice")]
    [InlineData("X70", "out of range")]
    [InlineData("XQZ", "column 2")]
    public void Bad_labels_name_the_column(string label, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => PauliString.Parse(label));
        Assert.Contains(expected, e.Message);
    }
}
