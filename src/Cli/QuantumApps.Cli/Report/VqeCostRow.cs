using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One molecule of the VQE cost table: the UCCSD circuit, problem size (qubits, active electrons/orbitals, frozen
/// orbitals, Pauli terms, parameters, qubit-wise-commuting groups), the optimiser's energy (E) and gradient (G)
/// evaluations, the parameterised rotations R of the CNOT-level circuit, device energy evaluations E + 2·R·G, the cost
/// model of one energy on a linear chain (<see cref="PerEnergy"/>), and the measured VQE and FCI times and energies
/// (<see cref="FciSeconds"/> is the median of <see cref="FciTiming"/> when FCI was timed repeatedly after a warm-up;
/// <see cref="VqeSeconds"/> is the median of <see cref="VqeTiming"/> when the whole VQE call was timed repeatedly after a
/// warm-up, and <see cref="VqeLoopSeconds"/> the optimiser loop alone as the driver times it).
/// </summary>
public sealed record VqeCostRow(
    string Name, Circuit Circuit, int Qubits, int Electrons, int Orbitals, int FrozenOrbitals, int PauliTerms, int Parameters, int MeasurementGroups,
    int Evaluations, int GradientEvaluations, int Rotations, long DeviceEvaluations, HardwareCost PerEnergy,
    double VqeSeconds, double FciSeconds, double VqeEnergy, double FciEnergy, RepeatedTiming? FciTiming = null, RepeatedTiming? VqeTiming = null,
    double VqeLoopSeconds = double.NaN)
{
    /// <summary>Device time of the whole VQE: per-energy device seconds × device energy evaluations.</summary>
    public double DeviceSecondsTotal => PerEnergy.DeviceSeconds * DeviceEvaluations;

    /// <summary>Device time of the whole VQE with the shots/F² of a mitigated estimator: per-energy mitigated device seconds × device energy evaluations.</summary>
    public double MitigatedDeviceSecondsTotal => PerEnergy.MitigatedDeviceSeconds * DeviceEvaluations;
}
