using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator.Noise;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's MaxCut section (quick run, seed 42) against laws it must obey and an independent QAOA path.</summary>
public class MaxCutSectionTests
{
    [Fact]
    public void QaoaRatioIsExpectationOverOptimumRecomputedFromTheAnglesByGates()
    {
        var outcome = QuickReport.Get.MaxCut;
        Assert.Equal(5, outcome.InstanceCount);
        foreach (var inst in outcome.Instances)
        {
            var cost = MaxCut.CostOperator(inst.Graph);
            foreach (var q in inst.Qaoa)
            {
                // independent path: the gate-level circuit (CNOT/RZ/RX, e^(-iγC) then e^(-iβΣX)) on a state vector,
                // not the driver's diagonal-phase kernel; agreement to the accumulated rounding of a 2^n-term sum
                var state = TrajectorySimulator.Run(QaoaGateCircuit.Build(cost, inst.N, q.Gammas, q.Betas), [], NoiseModel.None, new Random(0));
                double expectation = state.Expectation(cost);
                Assert.Equal(q.Expectation, expectation, Tolerances.Accumulated);
                Assert.Equal(expectation / inst.Optimum, q.ApproximationRatio, Tolerances.Accumulated);
                // ⟨C⟩ is an average over cuts, none of which exceeds the maximum
                Assert.True(q.ApproximationRatio <= 1 + Tolerances.Accumulated, $"n={inst.N} p={q.Depth}: ratio {q.ApproximationRatio} > 1");
                Assert.InRange(q.ProbabilityOptimal, 0, 1 + Tolerances.Accumulated);
                Assert.True(q.BestSampledCost <= inst.Optimum, "a sampled cut cannot beat the maximum");
            }
        }
    }

    [Fact]
    public void NoHeuristicBeatsTheExactOptimumAndTheHeadlineIsTheLargestDeepestRun()
    {
        var outcome = QuickReport.Get.MaxCut;
        foreach (var inst in outcome.Instances)
        {
            // the maximum cut is at most the total weight W (every edge cut), and heuristics return real cuts
            Assert.True(inst.Optimum <= inst.Graph.TotalWeight);
            Assert.True(inst.GwRatio <= 1 && inst.AnnealingRatio <= 1 && inst.TabuRatio <= 1, $"n={inst.N}: a heuristic beat brute force");
            Assert.Equal(Enumerable.Range(1, outcome.MaxDepth), inst.Qaoa.Select(q => q.Depth));
        }
        var last = outcome.Instances[^1];
        Assert.Equal(last.N, outcome.N);
        Assert.Equal(last.Qaoa[^1].ApproximationRatio, outcome.QaoaRatio);
        Assert.Equal(outcome.Instances.Count(i => i.Qaoa[^1].ApproximationRatio > i.TabuRatio), outcome.QaoaWinsOverTabu);
    }
}
