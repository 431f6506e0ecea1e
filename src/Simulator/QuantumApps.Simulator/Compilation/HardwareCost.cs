namespace QuantumApps.Simulator.Compilation;

/// <summary>
/// Estimated device cost of running a circuit: gate counts after routing for <see cref="Topology"/>
/// (<see cref="CnotCount"/> includes 3 per inserted SWAP), <see cref="Depth"/> (all gates) and
/// <see cref="TwoQubitDepth"/> (two-qubit layers on the critical path), <see cref="ShotSeconds"/> = schedule duration +
/// readout + repetition delay, and <see cref="DeviceSeconds"/> = Shots × ShotSeconds + Circuits × per-circuit overhead.
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
    double DeviceSeconds);
