using QuantumApps.Cli.Report;
using QuantumApps.Variational.Workflows;
using QuantumApps.Simulator.Compilation;
using QuantumApps.TestSupport;
using QuantumApps.Simulator.Circuits;

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

    /// <summary>
    /// Fidelity recomputed gate by gate on the routed circuit (a path apart from the model's closed form): each physical
    /// one-qubit gate that is not a virtual RZ-type gate multiplies by 1 − ε₁, each two-qubit gate by (1 − ε₂)^(its CNOTs),
    /// each measured qubit by 1 − ε_ro; mitigated shots ⌈N/F²⌉; feasible when F ≥ 1e-2.
    /// </summary>
    [Fact]
    public void FidelityIsTheProductOfGateAndReadoutSuccessProbabilities()
    {
        var o = QuickReport.Get.Hardware;
        var t = o.Timings;
        GateKind[] virtualGates = [GateKind.RZ, GateKind.PhaseShift, GateKind.Z, GateKind.S, GateKind.Sdg, GateKind.T, GateKind.Tdg, GateKind.I];
        foreach (var row in o.Rows)
        {
            var physical = row.Cost.Topology == Topology.LinearChain ? LinearChainRouter.Route(row.Circuit).Circuit : CircuitDecomposer.ToTwoQubitGates(row.Circuit);
            double f = 1;
            foreach (var g in physical.Gates)
            {
                if (g.Qubits.Count == 2) for (int k = 0; k < Math.Max(1, g.CnotCount); k++) f *= 1 - t.TwoQubitGateError;
                else if (!virtualGates.Contains(g.Kind)) f *= 1 - t.OneQubitGateError;
            }
            for (int q = 0; q < row.Circuit.NumQubits; q++) f *= 1 - t.ReadoutError;
            Assert.Equal(f, row.Cost.Fidelity, Relative * f);
            Assert.Equal((long)Math.Ceiling(row.Cost.Shots / (f * f)), row.Cost.MitigatedShots);
            Assert.Equal(f >= 1e-2, row.Cost.Feasible);
        }
    }

    /// <summary>BeH2's UCCSD circuit on a linear chain (about 7,900 CNOTs) has F ≪ 1e-10: infeasible; H2's 64-CNOT circuit is feasible.</summary>
    [Fact]
    public void BeH2IsInfeasibleAndH2Feasible()
    {
        var rows = QuickReport.Get.Hardware.VqeCost.Rows;
        var beh2 = rows.Single(r => r.Name == "BeH2").PerEnergy;
        Assert.True(beh2.CnotCount > 5000, $"{beh2.CnotCount} CNOTs");
        Assert.True(beh2.Fidelity < 1e-10, $"F = {beh2.Fidelity}");
        Assert.False(beh2.Feasible);
        Assert.True(rows.Single(r => r.Name == "H2").PerEnergy.Feasible);
        var m = QuickReport.Get.Hardware.Measurements();
        Assert.Equal(0, m["hardware.largest_vqe.feasible"]);
        Assert.Equal(rows.Count(r => !r.PerEnergy.Feasible), m["hardware.vqe.infeasible_molecules"]);
    }
}
