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

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>hardware.*</c>): device seconds of one H2 energy (linear
    /// chain) against exact diagonalisation here and their ratio; for the largest molecule of the VQE cost table its
    /// qubits, FCI and VQE simulation seconds, device energy evaluations, device seconds of the whole VQE, circuits per
    /// gradient on hardware (2 per parameterised rotation, parameter shift) and the CNOTs of one energy circuit. Errors
    /// (<see cref="HardwareCostModel"/>): the feasibility threshold on the expected fidelity F, F and the feasible flag (1/0)
    /// of the H2 energy circuit and of the largest molecule's circuit (linear chain), the latter's device time with the
    /// shots/F² of a mitigated estimator, and per molecule of the VQE cost table <c>hardware.vqe.NAME.fidelity</c> and
    /// <c>.cnots</c> (NAME lower-case), with the count of molecules and of infeasible ones.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var chainH2 = Rows.First(r => r.Cost.Topology == Topology.LinearChain);
        var largest = VqeCost.Largest;
        var m = new Dictionary<string, double>
        {
            ["hardware.h2.device_seconds"] = H2DeviceSeconds,
            ["hardware.h2.classical_seconds"] = chainH2.ClassicalSeconds,
            ["hardware.h2.device_over_classical"] = H2DeviceSeconds / chainH2.ClassicalSeconds,
            ["hardware.largest_vqe.qubits"] = LargestVqeQubits,
            ["hardware.largest_vqe.fci_seconds"] = LargestFciSeconds,
            ["hardware.largest_vqe.vqe_seconds"] = LargestVqeSeconds,
            ["hardware.largest_vqe.device_energy_evaluations"] = largest?.DeviceEvaluations ?? double.NaN,
            ["hardware.largest_vqe.device_seconds_total"] = largest?.DeviceSecondsTotal ?? double.NaN,
            ["hardware.largest_vqe.circuits_per_gradient"] = largest is null ? double.NaN : 2.0 * largest.Rotations,
            ["hardware.largest_vqe.parameters"] = largest?.Parameters ?? double.NaN,
            ["hardware.largest_vqe.cnots"] = largest?.PerEnergy.CnotCount ?? double.NaN,
            ["hardware.feasibility_threshold"] = HardwareCostModel.FeasibilityThreshold,
            ["hardware.h2.fidelity"] = chainH2.Cost.Fidelity,
            ["hardware.h2.feasible"] = chainH2.Cost.Feasible ? 1 : 0,
            ["hardware.largest_vqe.fidelity"] = largest?.PerEnergy.Fidelity ?? double.NaN,
            ["hardware.largest_vqe.feasible"] = largest is null ? double.NaN : largest.PerEnergy.Feasible ? 1 : 0,
            ["hardware.largest_vqe.mitigated_device_seconds_total"] = largest?.MitigatedDeviceSecondsTotal ?? double.NaN,
            ["hardware.vqe.molecules"] = VqeCost.Rows.Count,
            ["hardware.vqe.infeasible_molecules"] = VqeCost.Rows.Count(r => !r.PerEnergy.Feasible),
        };
        foreach (var r in VqeCost.Rows)
        {
            m[$"hardware.vqe.{r.Name.ToLowerInvariant()}.fidelity"] = r.PerEnergy.Fidelity;
            m[$"hardware.vqe.{r.Name.ToLowerInvariant()}.cnots"] = r.PerEnergy.CnotCount;
        }
        return m;
    }
}
