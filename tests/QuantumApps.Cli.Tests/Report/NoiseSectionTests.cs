using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Variational.Qaoa;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's noise section (quick run, seed 42) against noiseless state-vector paths and the sampling error.</summary>
public class NoiseSectionTests
{
    /// <summary>Shots + trajectories against the exact density matrix: 5 standard errors fail by chance with probability 6e-7.</summary>
    private const double Sigmas = 5;

    [Fact]
    public void DensityMatrixAtZeroNoiseEqualsTheNoiselessStateExpectation()
    {
        var (chem, noise) = (QuickReport.Get.Chemistry, QuickReport.Get.Noise);
        // independent path: the lowered H2 circuit run on a state vector, ⟨ψ(θ)|H|ψ(θ)⟩
        double pure = chem.H2Circuit.Run(chem.H2Parameters).Expectation(chem.H2Hamiltonian);
        Assert.Equal(pure - chem.H2Fci, noise.VqeErrorNoiseless, Tolerances.Accumulated);
        // UCCSD is exact for two electrons, and the circuit was optimised without noise: the noiseless error is at the eigensolver's level
        Assert.InRange(noise.VqeErrorNoiseless, -Tolerances.Eigenvalue, Tolerances.ChemicalAccuracyHartree);
    }

    [Fact]
    public void QaoaGateLevelAndKernelAgreeAndRatiosAreRatiosOfTheBruteForceOptimum()
    {
        var noise = QuickReport.Get.Noise;
        var cost = MaxCut.CostOperator(noise.QaoaGraph);
        double kernel = new QaoaCircuit(cost.Diagonal(), QaoaMixer.TransverseField).Expectation(noise.QaoaGammas.ToArray(), noise.QaoaBetas.ToArray());
        Assert.Equal(kernel, noise.QaoaExpectation, Tolerances.Accumulated);
        Assert.Equal(kernel, noise.QaoaGateLevelExpectation, Tolerances.Accumulated);
        Assert.Equal(BruteForce.MaxCut(noise.QaoaGraph).Cut, noise.QaoaOptimum);
        // 8-node 3-regular graph: 12 unit edges, so a random assignment cuts W/2 = 6 on average
        Assert.Equal(12, noise.QaoaGraph.EdgeCount);
        Assert.Equal(6 / noise.QaoaOptimum, noise.RandomRatio, Tolerances.Unitary);
        Assert.Equal(noise.Rates.Count, noise.QaoaRatios.Count);
        foreach (double r in noise.QaoaRatios) Assert.InRange(r, 0, 1 + Tolerances.Accumulated);
        Assert.True(noise.GwRatio <= 1);
    }

    [Fact]
    public void SampledCrossCheckAgreesWithTheDensityMatrix()
    {
        var check = QuickReport.Get.Noise.CrossCheck;
        Assert.True(Math.Abs(check.Mean - QuickReport.Get.Noise.CrossCheckExact) <= Sigmas * check.StandardError,
            $"{check.Mean} ± {check.StandardError} vs {QuickReport.Get.Noise.CrossCheckExact}");
    }
}
