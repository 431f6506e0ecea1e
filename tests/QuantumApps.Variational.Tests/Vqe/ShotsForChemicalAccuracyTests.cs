using QuantumApps.Ansatz.Excitations;
using QuantumApps.Ansatz.References;
using QuantumApps.Optimizers;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Vqe;
using Xunit.Abstractions;

namespace QuantumApps.Variational.Tests.Vqe;

/// <summary>
/// shotsForChemicalAccuracy is the N that <c>--shots N</c> needs (issue 13 item 10): it is computed from the exact group
/// variances of the state with the grouping and the weighted allocation that <see cref="ShotEstimator.Estimate(StateVector, PauliSum, int, Random)"/>
/// uses (what the CLI runs for <c>--shots</c>). Before, it assumed the optimal allocation N_g ∝ σ_g, and running that
/// many shots with the weighted allocation gave 2.7 mHa on H2 and 3.4 mHa on LiH.
/// <para>
/// Checked by sampling: the estimator is run with the recommended N for 20 seeds and the sample standard deviation s of
/// the 20 estimates must be ≤ <see cref="SdMargin"/> × 1.6 mHa. For a true standard error σ = ε, 19 s²/σ² is χ²₁₉ and
/// P(s &gt; 1.4 ε) = P(χ²₁₉ &gt; 37.2) = 0.7 % (the s.d. of 20 draws has a relative spread of 1/√38 ≈ 16 %); the mean of the
/// 20 estimates must lie within <see cref="MeanSigmas"/> × ε/√20 of the exact energy (a 6e-5 two-sided Gaussian tail).
/// Each seed's reported standard error (the sum of the groups' sample variances over N_g; LiH spreads 4 million shots
/// over 154 groups, at least 43 each, and the sum of many noisy terms stayed within 1 % of the prediction in every seed)
/// must be ≤ <see cref="ReportedMargin"/> × ε. The draws are seeded, so the test is deterministic; the margins say what
/// it could detect: the old recommendation fails the reported-error check in every seed (asserted), while the s.d. check
/// alone would let it pass with probability 1.6 % on LiH (σ = 3.4 mHa) and 17 % on H2 (σ = 2.7 mHa).
/// </para>
/// </summary>
public sealed class ShotsForChemicalAccuracyTests(ITestOutputHelper output)
{
    private static readonly double Target = Tolerances.ChemicalAccuracyHartree;

    /// <summary>Allowed ratio of the 20-seed sample s.d. to the target (χ²₁₉ upper tail 0.7 % at σ = ε).</summary>
    private const double SdMargin = 1.4;

    /// <summary>Allowed |mean of 20 estimates − exact| in units of ε/√20 (Gaussian, two-sided tail 6e-5).</summary>
    private const double MeanSigmas = 4;

    /// <summary>Allowed ratio of one run's reported standard error to the target (noise of the summed sample variances, observed ≤ 1 %).</summary>
    private const double ReportedMargin = 1.05;

    private const int Seeds = 20;

    [Fact]
    public void TheRecommendedShotsGiveChemicalAccuracyOnH2OverTwentySeeds()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var ansatz = UccsdAnsatz.Create(2, 1, 1);
        var r = VqeDriver.Run(sys.Qubit, ansatz, new LbfgsOptimizer(), new VqeOptions(), new Random(1));
        var state = ansatz.Prepare(r.Parameters.ToArray());
        // The figure the CLI prints (VqeResourceEstimator on the final state) is ShotsForWeightedPrecision's.
        long shots = VqeResourceEstimator.Estimate(sys.Qubit, ansatz, state).ShotsForChemicalAccuracy!.Value;
        Assert.Equal(ShotEstimator.ShotsForWeightedPrecision(state, sys.Qubit, Target), shots);
        CheckBySampling("H2", state, sys.Qubit, shots, state.Expectation(sys.Qubit));
    }

    [Fact]
    public void TheRecommendedShotsGiveChemicalAccuracyOnLiHOverTwentySeeds()
    {
        // The LiH UCCSD VQE (92 parameters; 1.5–4.5 s in the CLI on the loaded 2-core machine) would dominate a test
        // meant to take well under a second, so the state is the exact ground state in the
        // (N_α, N_β) sector — the state the VQE converges to (1e-5 Ha above FCI, README) — on the same 12 Jordan–Wigner
        // qubits, and the shot count is ShotsForWeightedPrecision, the call VqeResourceEstimator makes with the CLI's
        // final state (the H2 test checks that they agree; lowering the 92-parameter circuit would cost 0.8 s here).
        var sys = MoleculeSystems.LiH();
        var fci = ExactSolver.GroundState(sys.Qubit, BasisSector.SpinOrbitals(sys.NumAlpha, sys.NumBeta));
        var state = StateVector.FromAmplitudes(fci.State);
        long shots = ShotEstimator.ShotsForWeightedPrecision(state, sys.Qubit, Target);
        CheckBySampling("LiH", state, sys.Qubit, shots, fci.Energy);
    }

    private void CheckBySampling(string name, StateVector state, PauliSum h, long shots, double exact)
    {
        Assert.InRange(shots, 1, int.MaxValue);
        var dist = ShotEstimator.Prepare(state, h);

        // Analytic, from the group variances of the prepared distribution (a second path to σ_g²: the rotated outcome
        // probabilities, where ShotsForWeightedPrecision uses StateVector.Variance): the predicted error of exactly
        // this allocation is within the target, 10 % fewer shots miss it (minimal up to the allocation's rounding),
        // and the old optimal-allocation count run through the same allocation misses it (the inconsistency).
        Assert.True(Predicted(dist, (int)shots) <= Target * (1 + 1e-9));
        Assert.True(Predicted(dist, (int)(0.9 * shots)) > Target);
        double sumSigma = dist.GroupVariances.Sum(Math.Sqrt);
        long old = (long)Math.Ceiling(sumSigma * sumSigma / (Target * Target));
        Assert.True(old < shots);
        double oldPredicted = Predicted(dist, (int)old);
        Assert.True(oldPredicted > Target);

        var (sd, meanError, maxReported) = Spread(dist, (int)shots, exact);
        output.WriteLine($"{name}: N = {shots}, 20-seed s.d. {sd * 1e3:F3} mHa, mean error {meanError * 1e3:F3} mHa, max reported SE {maxReported * 1e3:F3} mHa");
        Assert.True(sd <= SdMargin * Target, $"{name}: s.d. of {Seeds} estimates {sd} Ha with N = {shots}");
        Assert.True(Math.Abs(meanError) <= MeanSigmas * Target / Math.Sqrt(Seeds), $"{name}: mean error {meanError} Ha");
        Assert.True(maxReported <= ReportedMargin * Target, $"{name}: reported standard error {maxReported} Ha");

        // The same checks catch the old count: every reported error exceeds the target, as the prediction says.
        var (oldSd, _, oldMinReported) = Spread(dist, (int)old, exact, minimum: true);
        output.WriteLine($"{name}: old N = {old}, predicted {oldPredicted * 1e3:F3} mHa, 20-seed s.d. {oldSd * 1e3:F3} mHa, min reported SE {oldMinReported * 1e3:F3} mHa");
        Assert.True(oldMinReported > ReportedMargin * Target, $"{name}: old count's reported standard error {oldMinReported} Ha");
    }

    /// <summary>√(Σ_g σ_g²/N_g) with the weighted allocation N_g of N shots.</summary>
    private static double Predicted(ShotDistribution dist, int shots)
    {
        var alloc = ShotEstimator.WeightedAllocation(dist.Groups, shots);
        return Math.Sqrt(dist.GroupVariances.Select((v, g) => v / alloc[g]).Sum());
    }

    /// <summary>Sample s.d. (n − 1) of the 20 seeded estimates, their mean minus the exact value, and the largest (or smallest) reported standard error.</summary>
    private static (double Sd, double MeanError, double Reported) Spread(ShotDistribution dist, int shots, double exact, bool minimum = false)
    {
        var means = new double[Seeds];
        double reported = minimum ? double.PositiveInfinity : 0;
        for (int seed = 1; seed <= Seeds; seed++)
        {
            var e = dist.Estimate(shots, new Random(seed));
            Assert.Equal(shots, e.TotalShots);
            means[seed - 1] = e.Mean;
            reported = minimum ? Math.Min(reported, e.StandardError) : Math.Max(reported, e.StandardError);
        }
        double avg = means.Average();
        double sd = Math.Sqrt(means.Sum(m => (m - avg) * (m - avg)) / (Seeds - 1));
        return (sd, avg - exact, reported);
    }
}
