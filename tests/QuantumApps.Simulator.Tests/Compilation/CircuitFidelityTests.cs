using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Compilation;

/// <summary>The error side of the cost model: F = Π(1 − ε), shots/F², and the infeasible flag.</summary>
public class CircuitFidelityTests
{
    /// <summary>exp(k·ln(1 − ε)) against repeated multiplication: relative rounding of order k·1e-16, so 1e-12 relative.</summary>
    private const double Relative = 1e-12;

    private static DeviceTimings Errors(double e1, double e2, double ro) => DeviceTimings.IbmHeron with { OneQubitGateError = e1, TwoQubitGateError = e2, ReadoutError = ro };

    [Theory]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(400)]
    public void FidelityOfKIdenticalGatesIsOneMinusEpsilonToTheK(int k)
    {
        // k CNOTs on 2 qubits (ε₂ only), k SX gates on 1 qubit (ε₁ only), readout alone on 2 qubits (ε_ro only)
        var cnots = new CircuitBuilder(2);
        var sxs = new CircuitBuilder(1);
        for (int i = 0; i < k; i++) { cnots.Cnot(i % 2, 1 - i % 2); sxs.SX(0); sxs.Rz(0, 0.1); }
        double slow = 1;
        for (int i = 0; i < k; i++) slow *= 1 - 3e-3;
        var c2 = HardwareCostModel.Estimate(cnots.Build(), Topology.AllToAll, 100, 1, Errors(0, 3e-3, 0));
        Assert.Equal(k, c2.CnotCount);
        Assert.Equal(slow, c2.Fidelity, Relative * slow);
        var c1 = HardwareCostModel.Estimate(sxs.Build(), Topology.AllToAll, 100, 1, Errors(3e-3, 0, 0));
        Assert.Equal(k, c1.OneQubitGateCount); // RZ is virtual: no error
        Assert.Equal(slow, c1.Fidelity, Relative * slow);
        var ro = HardwareCostModel.Estimate(cnots.Build(), Topology.AllToAll, 100, 1, Errors(0, 0, 0.02));
        Assert.Equal(0.98 * 0.98, ro.Fidelity, Relative);
        // shots for a mitigated estimator: ⌈N/F²⌉
        Assert.Equal((long)Math.Ceiling(100 / (c2.Fidelity * c2.Fidelity)), c2.MitigatedShots);
    }

    [Fact]
    public void InfeasibleFlagFlipsAtTheThreshold()
    {
        const double eps = 4.5e-3;
        // the largest k with (1 − ε)^k ≥ 1e-2
        int kMax = (int)Math.Floor(Math.Log(HardwareCostModel.FeasibilityThreshold) / Math.Log(1 - eps));
        Assert.True(HardwareCostModel.Fidelity(0, kMax, 0, Errors(0, eps, 0)) >= HardwareCostModel.FeasibilityThreshold);
        Assert.True(HardwareCostModel.Fidelity(0, kMax + 1, 0, Errors(0, eps, 0)) < HardwareCostModel.FeasibilityThreshold);
        foreach (var (k, feasible) in new[] { (kMax, true), (kMax + 1, false) })
        {
            var b = new CircuitBuilder(2);
            for (int i = 0; i < k; i++) b.Cnot(0, 1);
            Assert.Equal(feasible, HardwareCostModel.Estimate(b.Build(), Topology.AllToAll, 10, 1, Errors(0, eps, 0)).Feasible);
        }
        Assert.True(HardwareCostModel.IsFeasible(HardwareCostModel.FeasibilityThreshold));
        Assert.False(HardwareCostModel.IsFeasible(Math.BitDecrement(HardwareCostModel.FeasibilityThreshold)));
    }

    /// <summary>
    /// BeH2 (STO-3G, frozen core, 12 qubits) UCCSD on a linear chain: 7,879 CNOTs (issue 15, from the report's VQE cost
    /// table). With the Heron calibration's errors F = (1 − 4.5e-3)^7879·… ≈ 4e-16: infeasible, far below 1e-10.
    /// </summary>
    [Fact]
    public void BeH2SizeCircuitIsInfeasible()
    {
        double f = HardwareCostModel.Fidelity(0, 7879, 12, DeviceTimings.IbmHeron);
        Assert.True(f < 1e-10, $"F = {f}");
        Assert.False(HardwareCostModel.IsFeasible(f));
        Assert.Equal(long.MaxValue, HardwareCostModel.MitigatedShots(1_000_000, f));
    }
}
