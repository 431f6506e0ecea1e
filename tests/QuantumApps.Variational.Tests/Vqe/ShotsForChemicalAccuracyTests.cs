using QuantumApps.Ansatz.Excitations;
using QuantumApps.Ansatz.References;
using QuantumApps.Optimizers;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Vqe;

namespace QuantumApps.Variational.Tests.Vqe;

/// <summary>
/// shotsForChemicalAccuracy is the N that <c>--shots N</c> needs (issue 13 item 10): it is computed from the exact group
/// variances of the state with the grouping and the weighted allocation that <see cref="ShotEstimator.Estimate(StateVector, QuantumApps.Simulator.Operators.PauliSum, int, Random)"/>
/// uses. Before, it assumed the optimal allocation N_g ∝ σ_g, and running that many shots with the weighted
/// allocation gave 2.7 mHa on H2 and 3.4 mHa on LiH.
/// </summary>
public sealed class ShotsForChemicalAccuracyTests
{
    private static readonly double Target = Tolerances.ChemicalAccuracyHartree;

    [Fact]
    public void TheRecommendedShotsGiveChemicalAccuracyOnH2OverTwentySeeds()
    {
        var sys = MoleculeSystems.H2(0.7414);
        var ansatz = UccsdAnsatz.Create(2, 1, 1);
        var r = VqeDriver.Run(sys.Qubit, ansatz, new LbfgsOptimizer(), new VqeOptions(), new Random(1));
        var state = ansatz.Prepare(r.Parameters.ToArray());
        var shots = VqeResourceEstimator.Estimate(sys.Qubit, ansatz, state).ShotsForChemicalAccuracy!.Value;

        // Analytic: the predicted error of exactly this allocation is within the target; the old optimal-allocation
        // count run through the same allocation is not (the inconsistency of the issue).
        Assert.True(ShotEstimator.WeightedStandardError(state, sys.Qubit, (int)shots) <= Target);
        var old = ShotEstimator.ShotsForPrecision(state, sys.Qubit, Target).TotalShots;
        Assert.True(old < shots);
        Assert.True(ShotEstimator.WeightedStandardError(state, sys.Qubit, (int)old) > Target);

        // Empirical, 20 seeds: every reported (sample) standard error is within 5 % of the target (each uses ~10⁵
        // shots per group, so the sample variance is accurate to ~1 %), and the RMS deviation of the 20 means from
        // the exact energy is within 1.5 × the target (for a true standard error σ ≤ ε the RMS of 20 draws exceeds
        // 1.51 σ with probability 0.1 %: χ²₂₀ 99.9 % quantile 45.3 / 20).
        double squares = 0;
        for (int seed = 1; seed <= 20; seed++)
        {
            var estimate = ShotEstimator.Estimate(state, sys.Qubit, (int)shots, new Random(seed));
            Assert.True(estimate.StandardError <= 1.05 * Target, $"seed {seed}: standard error {estimate.StandardError}");
            squares += (estimate.Mean - r.Energy) * (estimate.Mean - r.Energy);
        }

        Assert.True(Math.Sqrt(squares / 20) <= 1.5 * Target, $"RMS error {Math.Sqrt(squares / 20)}");
    }

    [Fact]
    public void TheRecommendedShotsMeetTheTargetOnLiHAnalytically()
    {
        // LiH (12 qubits, 631 terms) is checked analytically from the exact group variances, not by sampling, and at
        // the Hartree–Fock determinant rather than a VQE final state (the LiH VQE is too slow for a unit test); the
        // formula does not depend on which state it is: there the Z-only group has zero variance and every group with
        // X/Y terms a non-zero one.
        var sys = MoleculeSystems.LiH();
        var state = StateVector.Basis(2 * sys.NumOrbitals, HartreeFockState.BasisIndex(sys.NumOrbitals, sys.NumAlpha, sys.NumBeta));
        var shots = ShotEstimator.ShotsForWeightedPrecision(state, sys.Qubit, Target);
        Assert.True(ShotEstimator.WeightedStandardError(state, sys.Qubit, (int)shots) <= Target);
        // Minimal up to the allocation's rounding: a tenth fewer shots miss the target.
        Assert.True(ShotEstimator.WeightedStandardError(state, sys.Qubit, (int)(0.9 * shots)) > Target);
        // Never below the optimal-allocation bound (Σσ_g)²/ε².
        Assert.True(shots >= ShotEstimator.ShotsForPrecision(state, sys.Qubit, Target).OptimalShots);
    }
}
