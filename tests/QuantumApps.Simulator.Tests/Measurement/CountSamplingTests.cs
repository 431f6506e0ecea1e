using MathNet.Numerics.Distributions;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Measurement;

/// <summary>
/// The O(1) binomial sampler, the multinomial count sampler built on it and the count-based shot estimator, each
/// against an independent path: exact moments and the exact pmf (MathNet's <c>Binomial.PMF</c>), and the per-shot
/// sampler <see cref="StateVector.Sample"/>. All draws are seeded; the tolerances are stated in standard errors of the
/// statistic, so each check would fail for a wrong distribution with a shift of a few percent.
/// </summary>
public class CountSamplingTests
{
    /// <summary>Allowed deviation of a sample moment from its exact value, in standard errors of that moment (two-sided Gaussian tail 6e-7).</summary>
    private const double Sigmas = 5;

    /// <summary>Upper quantile of χ² at which a goodness-of-fit statistic is rejected (a correct sampler fails with probability 1e-3).</summary>
    private const double ChiSquareQuantile = 0.999;

    /// <summary>Exact Probabilities-vs-ShotDistribution agreement: sums of |ψ_b|², rounding only.</summary>
    private const double Exact = 1e-12;

    [Theory]
    [InlineData(5L, 0.3)]               // inversion, tiny n
    [InlineData(40L, 0.1)]              // inversion, n·p = 4
    [InlineData(1000L, 0.5)]            // BTRS
    [InlineData(1000L, 0.97)]           // BTRS on 1 − p (n·q = 30)
    [InlineData(1_000_000_000L, 5e-9)]  // inversion with n in the billions (n·p = 5)
    [InlineData(3_000_000_000L, 0.25)]  // BTRS beyond int.MaxValue trials
    public void BinomialDrawsHaveTheExactMeanAndVariance(long n, double p)
    {
        // Binomial moments: μ = np, σ² = npq, central μ₄ = npq(1 + 3(n − 2)pq); Var(s²) ≈ (μ₄ − σ⁴(R − 3)/(R − 1))/R.
        const int r = 20000;
        var rng = new Random(2001);
        var x = new double[r];
        for (int i = 0; i < r; i++)
        {
            long k = BinomialSampler.Sample(rng, n, p);
            Assert.InRange(k, 0, n);
            x[i] = k;
        }
        double q = 1 - p, mu = n * p, var = n * p * q, mu4 = n * p * q * (1 + 3 * (n - 2) * p * q);
        double mean = x.Average();
        double s2 = x.Sum(v => (v - mean) * (v - mean)) / (r - 1);
        Assert.True(Math.Abs(mean - mu) <= Sigmas * Math.Sqrt(var / r), $"mean {mean} vs {mu}");
        double seS2 = Math.Sqrt((mu4 - var * var * (r - 3.0) / (r - 1)) / r);
        Assert.True(Math.Abs(s2 - var) <= Sigmas * seS2, $"variance {s2} vs {var} (se {seS2})");
    }

    [Theory]
    [InlineData(30, 0.2)]   // inversion (n·p = 6)
    [InlineData(200, 0.3)]  // BTRS
    [InlineData(200, 0.8)]  // BTRS on 1 − p
    [InlineData(15, 0.5)]   // inversion at p = ½
    public void BinomialDrawsFollowTheExactPmf(int n, double p)
    {
        // Pearson χ² against MathNet's exact pmf, cells with expected count < 5 merged into their neighbours.
        const int r = 50000;
        var rng = new Random(2002);
        var hist = new long[n + 1];
        for (int i = 0; i < r; i++) hist[BinomialSampler.Sample(rng, n, p)]++;
        var (x2, df) = PearsonMerged(hist, Enumerable.Range(0, n + 1).Select(k => r * Binomial.PMF(p, n, k)).ToArray());
        Assert.True(x2 <= ChiSquared.InvCDF(df, ChiSquareQuantile), $"χ² = {x2} with {df} degrees of freedom");
    }

    [Fact]
    public void BinomialEdgeCasesAndBadInput()
    {
        var rng = new Random(2003);
        Assert.Equal(0, BinomialSampler.Sample(rng, 0, 0.4));
        Assert.Equal(0, BinomialSampler.Sample(rng, 17, 0));
        Assert.Equal(17, BinomialSampler.Sample(rng, 17, 1));
        Assert.Throws<QuantumAppsException>(() => BinomialSampler.Sample(rng, -1, 0.5));
        Assert.Throws<QuantumAppsException>(() => BinomialSampler.Sample(rng, 10, double.NaN));
        Assert.Throws<QuantumAppsException>(() => BinomialSampler.Sample(rng, 10, 1.5));
        // The Stirling tail: the series branch (k ≥ 10) against ln Γ directly at k = 10, 50 (cancellation-free there).
        foreach (double k in new[] { 10.0, 50.0 })
        {
            double direct = MathNet.Numerics.SpecialFunctions.GammaLn(k + 1) - ((k + 0.5) * Math.Log(k + 1) - (k + 1) + 0.5 * Math.Log(2 * Math.PI));
            Assert.Equal(direct, BinomialSampler.StirlingTail(k), 1e-12);
        }
    }

    [Fact]
    public void CountsMatchThePerShotSamplerInDistribution()
    {
        // A 3-qubit state with one zero-probability outcome; N = 60 shots, R = 3000 repetitions of each sampler.
        // Multinomial moments: E c_i = N p_i, Var c_i = N p_i (1 − p_i); Pearson X² = Σ (c_i − N p_i)²/(N p_i) over the
        // K non-zero cells has E X² = K − 1 exactly and Var X² = 2(K − 1) + (Σ 1/p_i − K² − 2K + 2)/N.
        var rng = new Random(2004);
        var amps = DenseOracle.RandomState(3, rng);
        amps[5] = 0;
        var psi = StateVector.FromAmplitudes(amps);
        double norm = Math.Sqrt(psi.NormSquared());
        for (int i = 0; i < amps.Length; i++) amps[i] /= norm;
        psi = StateVector.FromAmplitudes(amps);
        var p = psi.Probabilities();
        const int shots = 60, r = 3000;
        var fromCounts = new long[r][];
        var fromShots = new long[r][];
        var countRng = new Random(7);
        var shotRng = new Random(8);
        for (int t = 0; t < r; t++)
        {
            fromCounts[t] = psi.SampleCounts(shots, countRng);
            Assert.Equal(shots, fromCounts[t].Sum());
            Assert.Equal(0, fromCounts[t][5]);
            fromShots[t] = new long[p.Length];
            foreach (ulong b in psi.Sample(shots, shotRng)) fromShots[t][b]++;
        }
        var nonZero = Enumerable.Range(0, p.Length).Where(i => p[i] > 0).ToArray();
        int k = nonZero.Length;
        double x2Var = 2 * (k - 1) + (nonZero.Sum(i => 1 / p[i]) - k * k - 2 * k + 2) / shots;
        foreach (var draws in new[] { fromCounts, fromShots })
        {
            foreach (int i in nonZero)
            {
                double mu = shots * p[i], var = shots * p[i] * (1 - p[i]);
                double mean = draws.Average(c => (double)c[i]);
                double s2 = draws.Sum(c => (c[i] - mean) * (c[i] - mean)) / (r - 1);
                Assert.True(Math.Abs(mean - mu) <= Sigmas * Math.Sqrt(var / r), $"cell {i}: mean {mean} vs {mu}");
                // Var(s²) ≈ (μ₄ − σ⁴(R − 3)/(R − 1))/R with the cell count's binomial central fourth moment μ₄.
                double mu4 = var * (1 + 3 * (shots - 2) * p[i] * (1 - p[i]));
                Assert.True(Math.Abs(s2 - var) <= Sigmas * Math.Sqrt((mu4 - var * var * (r - 3.0) / (r - 1)) / r), $"cell {i}: variance {s2} vs {var}");
            }
            double meanX2 = draws.Average(c => nonZero.Sum(i => (c[i] - shots * p[i]) * (c[i] - shots * p[i]) / (shots * p[i])));
            Assert.True(Math.Abs(meanX2 - (k - 1)) <= Sigmas * Math.Sqrt(x2Var / r), $"mean X² {meanX2} vs {k - 1}");
        }
    }

    [Fact]
    public void CountsOfABillionShotsSumExactlyAndSitAtTheProbabilities()
    {
        var rng = new Random(2005);
        var psi = StateVector.FromAmplitudes(DenseOracle.RandomState(4, rng));
        var p = psi.Probabilities();
        const long shots = 1_000_000_000;
        var c = psi.SampleCounts(shots, new Random(9));
        Assert.Equal(shots, c.Sum());
        for (int i = 0; i < p.Length; i++)
            Assert.True(Math.Abs(c[i] - shots * p[i]) <= Sigmas * Math.Sqrt(shots * p[i] * (1 - p[i])), $"cell {i}: {c[i]} vs {shots * p[i]}");
        Assert.Throws<QuantumAppsException>(() => MultinomialSampler.Counts(new[] { 0.0, 0.0 }, 3, rng));
        Assert.Throws<QuantumAppsException>(() => MultinomialSampler.Counts(new[] { 0.5, -0.1 }, 3, rng));
        Assert.Throws<QuantumAppsException>(() => psi.SampleCounts(-1, rng));
    }

    [Fact]
    public void PreparedDistributionIsTheEstimatorAndHoldsTheExactGroupMoments()
    {
        var rng = new Random(2006);
        var b = new PauliSumBuilder(4);
        b.Add(PauliString.Identity, -0.4);
        for (int t = 0; t < 14; t++) b.Add(DenseOracle.RandomPauli(4, rng), 2 * rng.NextDouble() - 1);
        var h = b.ToPauliSum();
        var psi = StateVector.FromAmplitudes(DenseOracle.RandomState(4, rng));
        var dist = ShotEstimator.Prepare(psi, h);
        for (int g = 0; g < dist.Groups.Count; g++)
            Assert.Equal(psi.Variance(dist.Groups[g].ToPauliSum(4)), dist.GroupVariances[g], Exact);
        // Same seed, same draws: ShotEstimator.Estimate is Prepare + Estimate.
        Assert.Equal(ShotEstimator.Estimate(psi, h, 5000, new Random(3)), dist.Estimate(5000, new Random(3)));
        Assert.Throws<QuantumAppsException>(() => dist.Estimate(1, new Random(3)));
    }

    [Fact]
    public void CountEstimatorSpreadsLikeAPerShotEstimator()
    {
        // The estimator (counts) against a per-shot reference written here from StateVector.Sample and
        // MeasurementGroup.ValueOf with the same allocation: over 250 seeds each, both have mean ⟨H⟩ (within 5 σ/√250)
        // and a sample s.d. within 18 % of the predicted √(Σ σ_g²/N_g) (the s.d. of 250 draws has a 4.5 % relative spread).
        var rng = new Random(2007);
        var b = new PauliSumBuilder(3);
        for (int t = 0; t < 10; t++) b.Add(DenseOracle.RandomPauli(3, rng), 2 * rng.NextDouble() - 1);
        var h = b.ToPauliSum();
        var psi = StateVector.FromAmplitudes(DenseOracle.RandomState(3, rng));
        const int shots = 300, seeds = 250;
        double exact = psi.Expectation(h), predicted = ShotEstimator.WeightedStandardError(psi, h, shots);
        var dist = ShotEstimator.Prepare(psi, h);
        var alloc = ShotEstimator.WeightedAllocation(dist.Groups, shots);
        var counted = Enumerable.Range(0, seeds).Select(s => dist.Estimate(shots, new Random(s)).Mean).ToArray();
        var perShot = Enumerable.Range(0, seeds).Select(s =>
        {
            var r = new Random(10_000 + s);
            double e = h.IdentityCoefficient.Real;
            for (int g = 0; g < dist.Groups.Count; g++)
            {
                var work = psi.Clone();
                dist.Groups[g].RotateIntoBasis(work);
                e += work.Sample(alloc[g], r).Average(o => dist.Groups[g].ValueOf(o));
            }
            return e;
        }).ToArray();
        foreach (var means in new[] { counted, perShot })
        {
            double avg = means.Average();
            double sd = Math.Sqrt(means.Sum(m => (m - avg) * (m - avg)) / (seeds - 1));
            Assert.True(Math.Abs(avg - exact) <= Sigmas * predicted / Math.Sqrt(seeds), $"mean {avg} vs {exact}");
            Assert.InRange(sd, 0.82 * predicted, 1.18 * predicted);
        }
    }

    private static (double X2, int Df) PearsonMerged(long[] observed, double[] expected)
    {
        var obs = new List<double>();
        var exp = new List<double>();
        double o = 0, e = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            o += observed[i];
            e += expected[i];
            if (e >= 5) { obs.Add(o); exp.Add(e); o = 0; e = 0; }
        }
        if (exp.Count == 0) return (0, 1);
        obs[^1] += o;
        exp[^1] += e;
        double x2 = 0;
        for (int i = 0; i < obs.Count; i++) x2 += (obs[i] - exp[i]) * (obs[i] - exp[i]) / exp[i];
        return (x2, obs.Count - 1);
    }
}
