using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the hardware section shows: the device timings, one <see cref="HardwareRow"/> per workload and topology
/// (H2 energy, MaxCut QAOA, TSP-4 QAOA; all-to-all then linear chain), the burma14 figures (0 qubits when the file was
/// not found) and the VQE cost table. The headline properties are read by the claims table.
/// </summary>
public sealed record HardwareOutcome(
    DeviceTimings Timings,
    IReadOnlyList<HardwareRow> Rows,
    int Burma14Qubits,
    int Burma14Cnots,
    double HeldKarpSecondsBurma14,
    VqeCostOutcome VqeCost)
{
    /// <summary>Device seconds of one H2 energy to ±1.6 mHa on a linear chain.</summary>
    public double H2DeviceSeconds => Rows.First(r => r.Cost.Topology == Topology.LinearChain).Cost.DeviceSeconds;

    /// <summary>Qubits of the largest molecule of the VQE cost table (0 when none was found).</summary>
    public int LargestVqeQubits => VqeCost.Largest?.Qubits ?? 0;

    /// <summary>FCI wall time of the largest molecule (s).</summary>
    public double LargestFciSeconds => VqeCost.Largest?.FciSeconds ?? 0;

    /// <summary>VQE simulation wall time of the largest molecule (s).</summary>
    public double LargestVqeSeconds => VqeCost.Largest?.VqeSeconds ?? 0;
}
