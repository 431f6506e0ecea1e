using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Problems;

public class QuboIsingTests
{
    /// <summary>Energies are sums of ≤ n² terms of size ≤ 10; the three routes reorder the additions, so agreement to 1e-10 absolute (Tolerances.Accumulated).</summary>
    private const double EnergyTolerance = Tolerances.Accumulated;

    internal static Qubo RandomQubo(int n, Random rng, double density = 0.6)
    {
        var b = new QuboBuilder(n);
        b.AddConstant(rng.NextDouble() * 4 - 2);
        for (int i = 0; i < n; i++)
        {
            b.AddLinear(i, rng.NextDouble() * 10 - 5);
            for (int j = i + 1; j < n; j++) if (rng.NextDouble() < density) b.AddPair(i, j, rng.NextDouble() * 10 - 5);
        }
        return b.ToQubo();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 2)]
    [InlineData(9, 3)]
    [InlineData(12, 4)]
    public void QuboIsingPauliSum_AllAgreeOnEveryBasisState(int n, int seed)
    {
        // Four independent routes: direct QUBO sum, Ising sum after conversion, Gray-code diagonal kernel,
        // and the lead's PauliSum.Diagonal() of the Z-only operator.
        var q = RandomQubo(n, new Random(seed));
        var ising = q.ToIsing();
        var back = ising.ToQubo();
        var diag = q.Diagonal();
        var pauli = q.ToPauliSum();
        Assert.True(pauli.IsDiagonal);
        var pauliDiag = pauli.Diagonal();
        var isingDiag = ising.Diagonal();
        for (ulong x = 0; x < 1UL << n; x++)
        {
            double e = q.Energy(x);
            Assert.Equal(e, ising.Energy(x), EnergyTolerance);
            Assert.Equal(e, back.Energy(x), EnergyTolerance);
            Assert.Equal(e, diag[x], EnergyTolerance);
            Assert.Equal(e, pauliDiag[x], EnergyTolerance);
            Assert.Equal(e, isingDiag[x], EnergyTolerance);
            Assert.Equal(e, q.Energy(Bits.FromIndex(x, n)), EnergyTolerance);
            // The ±1-spin overload (s_q = 1 − 2x_q), a fifth route.
            var spins = Enumerable.Range(0, n).Select(i => ((x >> i) & 1) == 0 ? 1 : -1).ToArray();
            Assert.Equal(e, ising.Energy(spins), EnergyTolerance);
        }

        // Brute force on the Ising form finds the smallest of the energies enumerated above.
        double min = Enumerable.Range(0, 1 << n).Min(x => q.Energy((ulong)x));
        Assert.Equal(min, QuantumApps.Problems.Heuristics.BruteForce.Minimize(ising).Energy, EnergyTolerance);
    }

    [Fact]
    public void Diagonal_UsesBlockPathAboveTwentyVariables()
    {
        // n = 22 > 20 low bits exercises the high-bit blocks; spot-check against the direct sum.
        var q = RandomQubo(22, new Random(7), 0.3);
        var diag = q.Diagonal();
        var rng = new Random(8);
        for (int k = 0; k < 2000; k++)
        {
            ulong x = (ulong)rng.NextInt64(1L << 22);
            Assert.Equal(q.Energy(x), diag[x], EnergyTolerance);
        }
    }

    [Fact]
    public void IsingSpinConvention_ZeroBitIsSpinUp()
    {
        // s = 1 − 2x: x = 0 ↔ s = +1, so a single field h=1 gives E(|0⟩) = +1 and E(|1⟩) = −1 (definition).
        var m = new IsingModel(1, [1.0], [], 0);
        Assert.Equal(1.0, m.Energy(0UL));
        Assert.Equal(-1.0, m.Energy(1UL));
        Assert.Equal(new[] { 1.0, -1.0 }, m.ToPauliSum().Diagonal());
    }

    [Fact]
    public void FixLastVariable_MatchesRestrictedEnergies()
    {
        var q = RandomQubo(7, new Random(11));
        var f0 = q.FixLastVariable(false);
        var f1 = q.FixLastVariable(true);
        for (ulong x = 0; x < 64; x++)
        {
            Assert.Equal(q.Energy(x), f0.Energy(x), EnergyTolerance);
            Assert.Equal(q.Energy(x | 64), f1.Energy(x), EnergyTolerance);
        }
    }

    [Fact]
    public void MaxCut_OperatorsGiveCutAndMinusCut()
    {
        // C = Σ w (1 − Z_i Z_j)/2 must equal the combinatorial cut value on every assignment.
        var rng = new Random(3);
        var g = new Graph(6, GraphGenerators.ErdosRenyi(6, 0.6, rng).Edges.Select(e => e with { Weight = rng.Next(1, 5) }));
        var c = MaxCut.CostOperator(g).Diagonal();
        var minus = MaxCut.MinimizationOperator(g).Diagonal();
        var qubo = MaxCut.MinimizationQubo(g);
        var cutDiag = MaxCut.CutDiagonal(g);
        var ising = MaxCut.MinimizationIsing(g);
        for (ulong x = 0; x < 64; x++)
        {
            double cut = MaxCut.CutValue(g, Bits.FromIndex(x, 6));
            Assert.Equal(cut, c[x], EnergyTolerance);
            Assert.Equal(cut, cutDiag[x], EnergyTolerance);
            Assert.Equal(-cut, minus[x], EnergyTolerance);
            Assert.Equal(-cut, qubo.Energy(x), EnergyTolerance);
            Assert.Equal(-cut, ising.Energy(x), EnergyTolerance);
        }
    }

    [Fact]
    public void NumberPartitioning_PerfectSplitHasZeroEnergy()
    {
        // {3,1,1,2,2,1}: total 10, {3,2} vs {1,1,2,1} is a perfect split (hand check) ⇒ min E = 0.
        double[] a = [3, 1, 1, 2, 2, 1];
        var m = NumberPartitioning.ToIsing(a);
        var diag = m.Diagonal();
        Assert.Equal(0.0, diag.Min(), EnergyTolerance);
        for (ulong x = 0; x < 64; x++)
        {
            double d = NumberPartitioning.Difference(a, Bits.FromIndex(x, 6));
            Assert.Equal(d * d, diag[x], EnergyTolerance);
        }
    }

    [Fact]
    public void Knapsack_QuboMinimumIsTheKnapsackOptimum()
    {
        // Oracle: enumeration of all 2^5 packings (independent of the QUBO).
        double[] v = [10, 7, 4, 9, 3];
        int[] w = [5, 4, 2, 6, 1];
        const int cap = 11;
        var k = KnapsackQubo.Create(v, w, cap);
        Assert.Equal(cap, k.SlackCoefficients.Sum()); // slack reaches exactly 0..W
        double best = 0;
        for (int x = 0; x < 32; x++)
        {
            int wt = 0; double val = 0;
            for (int i = 0; i < 5; i++) if ((x >> i & 1) == 1) { wt += w[i]; val += v[i]; }
            if (wt <= cap) best = Math.Max(best, val);
        }
        var diag = k.Qubo.Diagonal();
        int arg = Array.IndexOf(diag, diag.Min());
        Assert.Equal(-best, diag.Min(), EnergyTolerance);
        Assert.Equal(best, k.PackedValue(Bits.FromIndex((ulong)arg, k.Qubo.NumVariables)));
    }
}
