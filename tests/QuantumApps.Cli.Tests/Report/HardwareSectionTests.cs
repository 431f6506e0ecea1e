using QuantumApps.Cli.Report;
using QuantumApps.Variational.Workflows;
using QuantumApps.Simulator.Compilation;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's hardware section (quick run, seed 42): device seconds against the cost model's formula.</summary>
public class HardwareSectionTests
{
    /// <summary>Device seconds are sums of a few products of doubles: relative rounding of order 1e-15, so 1e-12 relative.</summary>
    private const double Relative = 1e-12;

    [Fact]
    public void DeviceSecondsAreTheCostModelAppliedToTheCircuit()
    {
        var o = QuickReport.Get.Hardware;
        var t = o.Timings;
        Assert.Equal(6, o.Rows.Count);
        foreach (var row in o.Rows)
        {
            var c = row.Cost;
            // HardwareCostModel: T = shots·(schedule + readout + repetition delay) + circuits·overhead
            double shot = c.ScheduleSeconds + t.ReadoutSeconds + t.RepetitionDelaySeconds;
            Assert.Equal(shot, c.ShotSeconds, Relative * shot);
            double expected = c.Shots * shot + c.Circuits * t.CircuitOverheadSeconds;
            Assert.Equal(expected, c.DeviceSeconds, Relative * expected);
            // and the same model applied again to the row's circuit gives the same cost
            Assert.Equal(HardwareCostModel.Estimate(row.Circuit, c.Topology, c.Shots, c.Circuits, t), c);
        }
        Assert.Equal(o.Rows[1].Cost.DeviceSeconds, o.H2DeviceSeconds);
    }

    [Fact]
    public void LinearChainAddsThreeCnotsPerSwapAndShotsSeeTheOptimum()
    {
        var o = QuickReport.Get.Hardware;
        for (int i = 0; i < o.Rows.Count; i += 2)
        {
            HardwareCost all = o.Rows[i].Cost, chain = o.Rows[i + 1].Cost;
            Assert.Equal(Topology.AllToAll, all.Topology);
            Assert.Equal(Topology.LinearChain, chain.Topology);
            Assert.Equal(0, all.SwapCount);
            Assert.Equal(all.CnotCount + 3 * chain.SwapCount, chain.CnotCount);
        }
        // MaxCut: the fewest shots N with 1 − (1 − P)^N ≥ 0.99
        double p = QuickReport.Get.MaxCut.QaoaProbabilityOptimal;
        long n = o.Rows[2].Cost.Shots;
        Assert.True(Math.Pow(1 - p, n) <= 0.01 && Math.Pow(1 - p, n - 1) > 0.01, $"P = {p}, N = {n}");
    }

    [Fact]
    public void VqeCostRowsFollowTheirDefinitions()
    {
        var rows = QuickReport.Get.Hardware.VqeCost.Rows;
        Assert.Equal(["H2", "LiH", "BeH2", "H2O"], rows.Select(r => r.Name));
        foreach (var r in rows)
        {
            int rotations = NoisyEvaluation.HardwareGates(r.Circuit).Gates.Count(g => g.IsParameterized);
            Assert.Equal(rotations, r.Rotations);
            Assert.Equal(r.Evaluations + 2L * rotations * r.GradientEvaluations, r.DeviceEvaluations);
            Assert.Equal(r.PerEnergy.DeviceSeconds * r.DeviceEvaluations, r.DeviceSecondsTotal);
            Assert.Equal(Topology.LinearChain, r.PerEnergy.Topology);
            Assert.True(r.VqeEnergy >= r.FciEnergy - Tolerances.Eigenvalue, $"{r.Name}: VQE below FCI");
        }
        Assert.Equal(rows.Max(r => r.Qubits), QuickReport.Get.Hardware.LargestVqeQubits);
    }
}
