using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Device wall-time model. The circuit is lowered to one- and two-qubit gates and, for a linear chain, routed
/// (<see cref="LinearChainRouter"/>). The schedule is the ASAP critical path with per-gate durations: RZ, PhaseShift,
/// Z, S, T and their inverses 0 (virtual frame changes on IBM hardware), other one-qubit gates t₁, two-qubit gates
/// t₂·(CNOT count of the gate, at least 1). Then
/// T_device = shots·(schedule + t_readout + t_repetition) + circuits·t_overhead (<see cref="DeviceTimings"/>).
/// <para>
/// Errors: the expected circuit fidelity is F = (1 − ε₁)^n₁·(1 − ε₂)^n₂·(1 − ε_ro)^q for n₁ physical one-qubit gates,
/// n₂ CNOT-equivalents (SWAPs included) and q measured qubits, with the calibration's error rates of
/// <see cref="DeviceTimings"/> — the probability that no gate and no readout fails when errors are independent (the
/// "estimated success probability" of noise-aware compilers, e.g. Nishio et al., ACM JETC 16, 32 (2020),
/// arXiv:1903.10963). A mitigated estimator that undoes a global attenuation ⟨O⟩_noisy ≈ F·⟨O⟩ by dividing by F has its
/// standard deviation multiplied by 1/F, so it needs Shots/F² shots for the same precision (the γ² sampling overhead of
/// error mitigation, Temme, Bravyi &amp; Gambetta, PRL 119, 180509 (2017); Cai et al., Rev. Mod. Phys. 95, 045005 (2023)).
/// A circuit is flagged infeasible when F &lt; <see cref="FeasibilityThreshold"/>.
/// </para>
/// </summary>
public static class HardwareCostModel
{
    /// <summary>
    /// F below which a circuit is infeasible: 1e-2, our choice: the 1/F² mitigation overhead then exceeds 10⁴ (a 1.6 mHa
    /// energy already needs 10⁴–10⁶ shots), and the attenuated signal F·⟨O⟩ is at the level of the readout and calibration
    /// drifts that mitigation assumes stable. Not a published constant; BeH2's UCCSD circuit (F ~ 1e-16) is far below any
    /// reasonable choice.
    /// </summary>
    public const double FeasibilityThreshold = 1e-2;

    /// <summary>
    /// F = (1 − ε₁)^n₁·(1 − ε₂)^n₂·(1 − ε_ro)^q, evaluated as exp(Σ n·ln(1 − ε)) so that thousands of gates do not lose
    /// precision (an error rate of 1 gives F = 0 for one gate or more).
    /// </summary>
    public static double Fidelity(long oneQubitGates, long twoQubitGates, int measuredQubits, DeviceTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        if (oneQubitGates < 0 || twoQubitGates < 0 || measuredQubits < 0)
            throw new QuantumAppsException($"gate and qubit counts must be non-negative, got {oneQubitGates}, {twoQubitGates}, {measuredQubits}");
        return Math.Exp(Log(oneQubitGates, timings.OneQubitGateError) + Log(twoQubitGates, timings.TwoQubitGateError) + Log(measuredQubits, timings.ReadoutError));

        static double Log(long n, double eps) => n == 0 ? 0 : n * Math.Log(1 - eps);
    }

    /// <summary>⌈shots/F²⌉ (long.MaxValue when that overflows or F = 0).</summary>
    public static long MitigatedShots(long shots, double fidelity)
    {
        if (shots < 0) throw new QuantumAppsException($"shot count must be non-negative, not {shots}");
        if (!(fidelity >= 0 && fidelity <= 1)) throw new QuantumAppsException($"fidelity must lie in [0, 1], not {fidelity}");
        if (shots == 0) return 0;
        double n = Math.Ceiling(shots / (fidelity * fidelity));
        return n >= long.MaxValue ? long.MaxValue : (long)n;
    }

    /// <summary>True when <paramref name="fidelity"/> ≥ <paramref name="threshold"/> (default <see cref="FeasibilityThreshold"/>).</summary>
    public static bool IsFeasible(double fidelity, double threshold = FeasibilityThreshold) => fidelity >= threshold;

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
        int oneQubit = physical.Gates.Count(g => g.Qubits.Count == 1 && !IsVirtual(g.Kind));
        double fidelity = Fidelity(oneQubit, physical.CnotCount, circuit.NumQubits, timings);
        long mitigated = MitigatedShots(shots, fidelity);
        return new HardwareCost(topology, circuit.NumQubits, physical.CnotCount, swaps, physical.Depth, twoQubitDepth, schedule, shot, shots,
            circuits, shots * shot + circuits * timings.CircuitOverheadSeconds, oneQubit, fidelity, mitigated,
            (double)mitigated * shot + circuits * timings.CircuitOverheadSeconds, IsFeasible(fidelity));
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

    private static double OneQubitSeconds(GateKind kind, DeviceTimings t) => IsVirtual(kind) ? 0 : t.OneQubitGateSeconds;

    /// <summary>RZ-type gates are frame changes on IBM hardware: no duration, no error.</summary>
    private static bool IsVirtual(GateKind kind) =>
        kind is GateKind.RZ or GateKind.PhaseShift or GateKind.Z or GateKind.S or GateKind.Sdg or GateKind.T or GateKind.Tdg or GateKind.I;
}
