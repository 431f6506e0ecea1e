using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Device wall-time model. The circuit is lowered to one- and two-qubit gates and, for a linear chain, routed
/// (<see cref="LinearChainRouter"/>). The schedule is the ASAP critical path with per-gate durations: RZ, PhaseShift,
/// Z, S, T and their inverses 0 (virtual frame changes on IBM hardware), other one-qubit gates t₁, two-qubit gates
/// t₂·(CNOT count of the gate, at least 1). Then
/// T_device = shots·(schedule + t_readout + t_repetition) + circuits·t_overhead (<see cref="DeviceTimings"/>).
/// </summary>
public static class HardwareCostModel
{
    /// <summary>Cost of <paramref name="shots"/> shots spread over <paramref name="circuits"/> measurement settings.</summary>
    public static HardwareCost Estimate(Circuit circuit, Topology topology, long shots, int circuits, DeviceTimings timings)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(timings);
        if (shots < 0) throw new QuantumAppsException($"shot count must be non-negative, not {shots}");
        if (circuits < 1) throw new QuantumAppsException($"at least one circuit is needed, not {circuits}");
        Circuit physical;
        int swaps = 0;
        if (topology == Topology.LinearChain)
        {
            var routed = LinearChainRouter.Route(circuit);
            physical = routed.Circuit;
            swaps = routed.SwapCount;
        }
        else physical = CircuitDecomposer.ToTwoQubitGates(circuit);
        var (schedule, twoQubitDepth) = Schedule(physical, timings);
        double shot = schedule + timings.ReadoutSeconds + timings.RepetitionDelaySeconds;
        return new HardwareCost(topology, circuit.NumQubits, physical.CnotCount, swaps, physical.Depth, twoQubitDepth, schedule, shot, shots,
            circuits, shots * shot + circuits * timings.CircuitOverheadSeconds);
    }

    /// <summary>Critical-path duration and the number of two-qubit layers on the deepest two-qubit path.</summary>
    internal static (double Seconds, int TwoQubitDepth) Schedule(Circuit circuit, DeviceTimings timings)
    {
        var ready = new double[circuit.NumQubits];
        var layers2 = new int[circuit.NumQubits];
        foreach (var g in circuit.Gates)
        {
            double start = 0;
            int l2 = 0;
            foreach (int q in g.Qubits) { start = Math.Max(start, ready[q]); l2 = Math.Max(l2, layers2[q]); }
            double duration = g.Qubits.Count >= 2 ? timings.TwoQubitGateSeconds * Math.Max(1, g.CnotCount) : OneQubitSeconds(g.Kind, timings);
            if (g.Qubits.Count >= 2) l2 += Math.Max(1, g.CnotCount);
            foreach (int q in g.Qubits) { ready[q] = start + duration; layers2[q] = l2; }
        }
        return (ready.Length == 0 ? 0 : ready.Max(), layers2.Length == 0 ? 0 : layers2.Max());
    }

    private static double OneQubitSeconds(GateKind kind, DeviceTimings t) => kind switch
    {
        GateKind.RZ or GateKind.PhaseShift or GateKind.Z or GateKind.S or GateKind.Sdg or GateKind.T or GateKind.Tdg or GateKind.I => 0,
        _ => t.OneQubitGateSeconds,
    };
}
