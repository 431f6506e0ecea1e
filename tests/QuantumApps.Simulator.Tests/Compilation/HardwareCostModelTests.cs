using System.Numerics;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Tests.Compilation;

/// <summary>Routing and decomposition preserve the state (independent simulation); the time model matches hand arithmetic.</summary>
public class HardwareCostModelTests
{
    /// <summary>Gate-by-gate simulation of equivalent circuits agrees to rounding of a few hundred operations.</summary>
    private const double StateTolerance = 1e-10;

    /// <summary>Durations are sums of a handful of doubles.</summary>
    private const double TimeTolerance = 1e-15;

    private static Circuit Sample()
    {
        var b = new CircuitBuilder(5, 2);
        b.H(0).Ry(1, Angle.Parameter(0)).Cnot(0, 4).Rz(4, 0.3).Cz(3, 1).Cnot(2, 0)
            .PauliRotation(PauliString.Parse("X0 Y2 Z4"), Angle.Parameter(1, 0.5))
            .PauliRotation(PauliString.Parse("Z1 Z3"), 0.4)
            .DiagonalPhase(PauliSumOf("0.7 Z0 Z1 Z2\n0.2 Z3\n0.1"), Angle.Parameter(0));
        return b.Build();
    }

    private static PauliSum PauliSumOf(string text) => PauliSum.Parse(text);

    private static readonly double[] Params = [0.8, -1.3];

    [Fact]
    public void DecompositionKeepsTheState()
    {
        var original = Sample().Run(Params).ToArray();
        var lowered = CircuitDecomposer.ToTwoQubitGates(Sample());
        Assert.All(lowered.Gates, g => Assert.True(g.Qubits.Count <= 2));
        var state = lowered.Run(Params).ToArray();
        // the dropped identity term of the diagonal phase is a global phase: compare |⟨a|b⟩| = 1
        Complex overlap = Complex.Zero;
        for (int i = 0; i < state.Length; i++) overlap += Complex.Conjugate(original[i]) * state[i];
        Assert.Equal(1.0, overlap.Magnitude, StateTolerance);
    }

    [Fact]
    public void RoutingOnLinearChainKeepsTheStateUpToTheFinalLayout()
    {
        var original = Sample().Run(Params).ToArray();
        var routed = LinearChainRouter.Route(Sample());
        foreach (var g in routed.Circuit.Gates)
            if (g.Qubits.Count == 2) Assert.Equal(1, Math.Abs(g.Qubits[0] - g.Qubits[1]));
        Assert.True(routed.SwapCount > 0);
        var physical = routed.Circuit.Run(Params).ToArray();
        Complex overlap = Complex.Zero;
        for (int logical = 0; logical < original.Length; logical++)
        {
            int p = 0;
            for (int q = 0; q < 5; q++) if ((logical >> q & 1) != 0) p |= 1 << routed.FinalLayout[q];
            overlap += Complex.Conjugate(original[logical]) * physical[p];
        }
        Assert.Equal(1.0, overlap.Magnitude, StateTolerance);
        // every SWAP costs 3 CNOTs on top of the decomposed circuit's own
        Assert.Equal(CircuitDecomposer.ToTwoQubitGates(Sample()).CnotCount + 3 * routed.SwapCount, routed.Circuit.CnotCount);
    }

    [Fact]
    public void CnotAcrossChainNeedsDistanceMinusOneSwaps()
    {
        var routed = LinearChainRouter.Route(new CircuitBuilder(6).Cnot(0, 5).Build());
        Assert.Equal(4, routed.SwapCount);
    }

    [Fact]
    public void WallTimeMatchesHandArithmetic()
    {
        // H (32 ns) then CNOT (68 ns) then RZ (virtual, 0 ns): schedule 100 ns; per shot + 1.56 µs readout + 250 µs delay
        var c = new CircuitBuilder(2).H(0).Cnot(0, 1).Rz(1, 0.2).Build();
        var t = DeviceTimings.IbmHeron;
        var cost = HardwareCostModel.Estimate(c, Topology.AllToAll, shots: 1000, circuits: 2, t);
        Assert.Equal(100e-9, cost.ScheduleSeconds, TimeTolerance);
        Assert.Equal(1, cost.CnotCount);
        Assert.Equal(1, cost.TwoQubitDepth);
        Assert.Equal(1000 * (100e-9 + 1.56e-6 + 250e-6) + 2 * 0.1, cost.DeviceSeconds, 1e-12);
    }
}
