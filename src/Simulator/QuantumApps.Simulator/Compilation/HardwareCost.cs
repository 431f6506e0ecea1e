namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Estimated device cost of running a circuit: gate counts after routing for <see cref="Topology"/>
/// (<see cref="CnotCount"/> includes 3 per inserted SWAP; <see cref="OneQubitGateCount"/> counts physical one-qubit gates,
/// virtual RZ-type gates excluded), <see cref="Depth"/> (all gates) and <see cref="TwoQubitDepth"/> (two-qubit layers on
/// the critical path), <see cref="ShotSeconds"/> = schedule duration + readout + repetition delay, and
/// <see cref="DeviceSeconds"/> = Shots × ShotSeconds + Circuits × per-circuit overhead. Errors: <see cref="Fidelity"/>
/// F = (1 − ε₁)^n₁·(1 − ε₂)^n₂·(1 − ε_ro)^q (<see cref="HardwareCostModel.Fidelity"/>), the shots an error-mitigated
/// estimator needs for the same precision <see cref="MitigatedShots"/> = ⌈Shots/F²⌉ and their device time
/// <see cref="MitigatedDeviceSeconds"/>, and <see cref="Feasible"/> = F ≥ <see cref="HardwareCostModel.FeasibilityThreshold"/>.
/// </summary>
public sealed record HardwareCost(
    Topology Topology,
    int NumQubits,
    int CnotCount,
    int SwapCount,
    int Depth,
    int TwoQubitDepth,
    double ScheduleSeconds,
    double ShotSeconds,
    long Shots,
    int Circuits,
    double DeviceSeconds,
    int OneQubitGateCount,
    double Fidelity,
    long MitigatedShots,
    double MitigatedDeviceSeconds,
    bool Feasible);
