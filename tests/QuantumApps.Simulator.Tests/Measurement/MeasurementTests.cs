using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.Simulator.Tests.Circuits;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Measurement;

public class MeasurementTests
{
    /// <summary>Exact expectations from rotated probabilities vs the Pauli-sum kernel: rounding only.</summary>
    private const double ExactTolerance = 1e-12;

    private static PauliSum RandomHamiltonian(int n, int terms, Random rng)
    {
        var b = new PauliSumBuilder(n);
        b.Add(PauliString.Identity, -0.7);
        for (int t = 0; t < terms; t++) b.Add(DenseOracle.RandomPauli(n, rng), 2 * rng.NextDouble() - 1);
        return b.ToPauliSum();
    }

    private static StateVector RandomState(int n, Random rng) => StateVector.FromAmplitudes(DenseOracle.RandomState(n, rng));

    [Fact]
    public void GroupsArePartitionsIntoQubitWiseCommutingSets()
    {
        var rng = new Random(1001);
        for (int n = 1; n <= 5; n++)
        {
            var h = RandomHamiltonian(n, 25, rng);
            var groups = QubitWiseGrouping.Group(h);
            var seen = new List<PauliString>();
            foreach (var g in groups)
            {
                foreach (var a in g.Terms)
                {
                    Assert.True(a.Pauli.QubitWiseCommutesWith(g.Basis));
                    foreach (var b in g.Terms) Assert.True(a.Pauli.QubitWiseCommutesWith(b.Pauli), $"{a.Pauli} and {b.Pauli} share a group");
                    seen.Add(a.Pauli);
                }
            }
            var expected = h.Terms.Where(t => !t.Pauli.IsIdentity).Select(t => t.Pauli).OrderBy(p => p).ToList();
            Assert.Equal(expected, seen.OrderBy(p => p).ToList());
            // Deterministic: same input, same groups.
            Assert.Equal(groups, QubitWiseGrouping.Group(h));
        }
    }

    [Fact]
    public void BipartiteConflictGraphNeedsTwoGroups()
    {
        // Z0, Z1, Z0Z1 all share the Z basis; X0, X1 share the X basis; every Z-term conflicts with some X-term,
        // so 2 groups is optimal and greedy largest-first finds it.
        var h = PauliSum.Parse("1 Z0\n1 Z1\n0.5 Z0 Z1\n0.3 X0\n0.2 X1");
        var groups = QubitWiseGrouping.Group(h);
        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Basis == PauliString.Parse("Z0 Z1") && g.Terms.Count == 3);
        Assert.Contains(groups, g => g.Basis == PauliString.Parse("X0 X1") && g.Terms.Count == 2);
    }

    [Fact]
    public void BasisRotationTurnsEachGroupIntoZReadout()
    {
        // Σ_b p_b·O_g(b) over the rotated state must equal ⟨O_g⟩ from the Pauli-sum kernel (independent path);
        // this checks the X → H and Y → S†-then-H rotations and the eigenvalue signs.
        var rng = new Random(1002);
        for (int n = 1; n <= 5; n++)
        {
            var h = RandomHamiltonian(n, 15, rng);
            var psi = RandomState(n, rng);
            foreach (var g in QubitWiseGrouping.Group(h))
            {
                var rotated = psi.Clone();
                g.RotateIntoBasis(rotated);
                var probs = rotated.Probabilities();
                double fromShots = 0;
                for (int b = 0; b < probs.Length; b++) fromShots += probs[b] * g.ValueOf((ulong)b);
                Assert.Equal(psi.Expectation(g.ToPauliSum(n)), fromShots, ExactTolerance);
            }
        }
    }

    [Fact]
    public void WeightedAllocationGivesTwoEachThenProportionalShares()
    {
        // Hand computation: weights 3 and 1, 24 shots → 2 + 2 base, remaining 20 split 15 : 5 → [17, 7].
        var groups = QubitWiseGrouping.Group(PauliSum.Parse("3 Z0\n1 X0"));
        var alloc = ShotEstimator.WeightedAllocation(groups, 24);
        Assert.Equal(24, alloc.Sum());
        Assert.Equal(groups[0].Weight == 3 ? new[] { 17, 7 } : new[] { 7, 17 }, alloc);
        // Largest remainder: weights 1,1,1 with 10 shots → 2+2+2 base, 4 left = 1.33 each → [4, 3, 3] (tie to lowest index).
        var three = QubitWiseGrouping.Group(PauliSum.Parse("1 Z0\n1 X0\n1 Y0"));
        Assert.Equal(new[] { 4, 3, 3 }, ShotEstimator.WeightedAllocation(three, 10));
    }

    [Fact]
    public void EstimatesScatterAroundTheExactValueWithTheirStandardError()
    {
        // Central limit theorem: z = (mean − exact)/SE is ≈ N(0, 1); over 40 seeds every |z| < 4.5 and ≥ 80% have
        // |z| < 2 (expected 95%). The exact value comes from StateVector.Expectation (independent code path).
        var rng = new Random(1003);
        const int n = 3;
        var h = RandomHamiltonian(n, 12, rng);
        var psi = RandomState(n, rng);
        double exact = psi.Expectation(h);
        int within2 = 0;
        const int seeds = 40;
        for (int seed = 0; seed < seeds; seed++)
        {
            var e = ShotEstimator.Estimate(psi, h, 4000, new Random(seed));
            Assert.Equal(4000, e.TotalShots);
            double z = (e.Mean - exact) / e.StandardError;
            Assert.True(Math.Abs(z) < 4.5, $"seed {seed}: z = {z}");
            if (Math.Abs(z) < 2) within2++;
        }
        Assert.True(within2 >= 0.8 * seeds, $"only {within2}/{seeds} within 2 SE");
    }

    [Fact]
    public void StandardErrorFallsAsOneOverRootShots()
    {
        // SE ∝ 1/√N: 16× the shots gives a quarter of the error (sample-variance noise at these N is a few %).
        var rng = new Random(1004);
        var h = RandomHamiltonian(3, 10, rng);
        var psi = RandomState(3, rng);
        double small = ShotEstimator.Estimate(psi, h, 2000, new Random(5)).StandardError;
        double large = ShotEstimator.Estimate(psi, h, 32000, new Random(6)).StandardError;
        Assert.InRange(small / large, 4 * 0.85, 4 * 1.15);
    }

    [Fact]
    public void ShotBudgetFollowsTheOptimalAllocationFormula()
    {
        // N = (Σσ_g)²/ε² with σ_g from StateVector.Variance; the rounded allocation meets the target, and the
        // empirical spread of estimates made with it matches ε (200 seeds: the sample SD is within ±15% w.h.p.).
        var rng = new Random(1005);
        const int n = 3;
        var h = RandomHamiltonian(n, 10, rng);
        var psi = RandomState(n, rng);
        const double eps = 0.05;
        var budget = ShotEstimator.ShotsForPrecision(psi, h, eps);
        double sumSigma = budget.GroupStandardDeviations.Sum();
        Assert.Equal(sumSigma * sumSigma / (eps * eps), budget.OptimalShots, 1e-9);
        Assert.True(budget.PredictedStandardError <= eps);
        Assert.True(budget.TotalShots >= budget.OptimalShots && budget.TotalShots <= budget.OptimalShots + budget.Groups.Count);
        double exact = psi.Expectation(h);
        var means = Enumerable.Range(0, 200).Select(s => ShotEstimator.Estimate(psi, h, budget.ShotsPerGroup, new Random(100 + s)).Mean).ToArray();
        double sd = Math.Sqrt(means.Select(m => (m - exact) * (m - exact)).Average());
        Assert.InRange(sd, 0.85 * budget.PredictedStandardError, 1.15 * budget.PredictedStandardError);
        // The optimal allocation never needs more shots than the weighted one for the same predicted error.
        var weighted = ShotEstimator.WeightedAllocation(budget.Groups, (int)budget.TotalShots);
        double weightedVar = 0;
        for (int g = 0; g < weighted.Length; g++) weightedVar += Math.Pow(budget.GroupStandardDeviations[g], 2) / weighted[g];
        Assert.True(Math.Sqrt(weightedVar) >= budget.PredictedStandardError * (1 - 1e-9));
    }

    /// <summary>
    /// The predicted weighted standard error reads σ_g² off one product G_g ψ per group (a shared buffer); the oracle is
    /// the public <see cref="StateVector.Variance"/> of each group's Pauli sum (its own expectation pass and product),
    /// combined with the same allocation: equal to rounding, for n = 1…9, including a state on 2^9 = 512 amplitudes
    /// where the vectorised product kernel runs.
    /// </summary>
    [Fact]
    public void WeightedStandardErrorEqualsPerGroupVariancesOfThePublicPath()
    {
        var rng = new Random(1006);
        for (int n = 1; n <= 9; n++)
        {
            var h = RandomHamiltonian(n, 3 * n + 2, rng);
            var psi = RandomState(n, rng);
            AssertWeightedErrorIsThatOfThePublicVariances(psi, h);
        }
    }

    /// <summary>
    /// The same on states with few nonzero amplitudes (Hamming weight 2 on n = 6…10 qubits: at most 15 of 64, a quarter
    /// or less), where the products scatter from the nonzero amplitudes only: against the full-vector
    /// <see cref="StateVector.Variance"/> per group, for a number-conserving H plus random strings (whose products leave
    /// the weight-2 states) — to rounding.
    /// </summary>
    [Fact]
    public void WeightedStandardErrorOnASparseStateEqualsTheFullVectorPath()
    {
        var rng = new Random(1007);
        for (int n = 6; n <= 10; n++)
        {
            var h = DenseOracle.RandomNumberConserving(n, 30 + n, spin: false) + RandomHamiltonian(n, n, rng);
            var amplitudes = DenseOracle.RandomState(n, rng);
            double norm = 0;
            for (int b = 0; b < amplitudes.Length; b++)
                if (System.Numerics.BitOperations.PopCount((uint)b) != 2) amplitudes[b] = 0;
                else norm += amplitudes[b].Magnitude * amplitudes[b].Magnitude;
            for (int b = 0; b < amplitudes.Length; b++) amplitudes[b] /= Math.Sqrt(norm);
            var psi = StateVector.FromAmplitudes(amplitudes);
            AssertWeightedErrorIsThatOfThePublicVariances(psi, h);
        }
    }

    /// <summary>√(Σ_g Var_g/N_g) from <see cref="StateVector.Variance"/> of each group's Pauli sum and the weighted allocation, against <see cref="ShotEstimator.WeightedStandardError"/>.</summary>
    private static void AssertWeightedErrorIsThatOfThePublicVariances(StateVector psi, PauliSum h)
    {
        var groups = QubitWiseGrouping.Group(h);
        int shots = 2 * groups.Count + 1000;
        var alloc = ShotEstimator.WeightedAllocation(groups, shots);
        double oracle = Math.Sqrt(groups.Select((g, i) => Math.Max(0, psi.Variance(g.ToPauliSum(psi.NumQubits))) / alloc[i]).Sum());
        Assert.Equal(oracle, ShotEstimator.WeightedStandardError(psi, h, shots), ExactTolerance);
    }

    [Fact]
    public void IdentityOnlyOperatorNeedsNoShots()
    {
        var h = PauliSum.Identity(2, 1.25);
        var e = ShotEstimator.Estimate(StateVector.Zero(2), h, 10, new Random(1));
        Assert.Equal(1.25, e.Mean);
        Assert.Equal(0, e.StandardError);
        Assert.Empty(e.Groups);
    }

    [Fact]
    public void TooFewShotsAreRefused()
    {
        var h = PauliSum.Parse("1 Z0\n1 X0");
        Assert.Throws<QuantumAppsException>(() => ShotEstimator.Estimate(StateVector.Zero(1), h, 3, new Random(1)));
    }
}
