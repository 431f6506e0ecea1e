using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>Metrics on hand-made distributions whose figures are computed by hand in the comments.</summary>
public sealed class QaoaMetricsTests
{
    /// <summary>Sums of four doubles of the form k/8: exact in binary, 1e-15 covers the additions.</summary>
    private const double HandTolerance = 1e-15;

    // Two qubits, costs c = (0, 1, 1, 2) (MaxCut of one edge plus a bonus on |11⟩ just to have distinct values),
    // probabilities p = (1/8, 2/8, 4/8, 1/8).
    private static readonly double[] Cost = [0, 1, 1, 2];
    private static readonly double[] Prob = [0.125, 0.25, 0.5, 0.125];

    [Fact]
    public void ExpectationRatioAndOptimalProbabilityByHand()
    {
        // ⟨C⟩ = 0 + 2/8 + 4/8 + 2/8 = 1; optimum 2 → ratio 0.5; P(optimal) = p_3 = 1/8.
        var m = QaoaMetrics.Compute(Prob, Cost, 2.0, QaoaSense.Maximize, null, 0, new Random(1));

        Assert.Equal(1.0, m.ExpectedCost, HandTolerance);
        Assert.Equal(0.5, m.ApproximationRatio, HandTolerance);
        Assert.Equal(0.125, m.ProbabilityOptimal, HandTolerance);
        Assert.Equal(1.0, m.ProbabilityFeasible, HandTolerance);
        Assert.True(double.IsNaN(m.BestSampledCost));
    }

    [Fact]
    public void FeasibilityPredicateRestrictsOptimalAndSampledFigures()
    {
        // Feasible = odd Hamming weight = {1, 2}: P(feasible) = 6/8; minimisation optimum among feasible = 1,
        // P(optimal) = 6/8 (both feasible strings cost 1); best sampled feasible cost must be 1.
        static bool OddWeight(ulong b) => System.Numerics.BitOperations.PopCount(b) % 2 == 1;
        var m = QaoaMetrics.Compute(Prob, Cost, 1.0, QaoaSense.Minimize, OddWeight, 200, new Random(5));

        Assert.Equal(0.75, m.ProbabilityFeasible, HandTolerance);
        Assert.Equal(0.75, m.ProbabilityOptimal, HandTolerance);
        Assert.Equal(1.0, m.BestSampledCost);
        Assert.True(OddWeight(m.BestSampledBitstring!.Value));
        // 200 draws with P(feasible) = 0.75: mean 150, sd ≈ 6.1; ±40 is > 6 sd.
        Assert.InRange(m.FeasibleSamples, 110, 190);
    }

    [Fact]
    public void BestOfKSamplesUsesExactlyKSeededDraws()
    {
        // With one shot the result is a single draw; over seeds 0..199 the frequency of drawing |11⟩ (cost 2,
        // p = 1/8) must be near 1/8 (25 expected, sd ≈ 4.7), and equal seeds must agree.
        int hits = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            var m = QaoaMetrics.Compute(Prob, Cost, 2.0, QaoaSense.Maximize, null, 1, new Random(seed));
            Assert.Equal(1, m.FeasibleSamples);
            hits += m.BestSampledCost == 2.0 ? 1 : 0;
        }

        Assert.InRange(hits, 8, 45);
        var a = QaoaMetrics.Compute(Prob, Cost, 2.0, QaoaSense.Maximize, null, 3, new Random(42));
        var b = QaoaMetrics.Compute(Prob, Cost, 2.0, QaoaSense.Maximize, null, 3, new Random(42));
        Assert.Equal(a, b);
    }

    [Fact]
    public void ZeroProbabilityStringsAreNeverSampled()
    {
        double[] prob = [0, 0, 1, 0];
        var m = QaoaMetrics.Compute(prob, Cost, 2.0, QaoaSense.Maximize, null, 50, new Random(7));

        Assert.Equal(2UL, m.BestSampledBitstring);
        Assert.Equal(1.0, m.BestSampledCost);
    }
}
