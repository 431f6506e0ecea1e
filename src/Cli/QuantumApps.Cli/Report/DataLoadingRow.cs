namespace QuantumApps.Cli.Report;

/// <summary>
/// Amplitude encoding of N = 2^n seeded random complex numbers (<see cref="Simulator.Compilation.StatePreparation"/>):
/// the CNOT formulas for real and complex vectors and the CNOTs of the built circuit; all-to-all depth, two-qubit depth and
/// schedule of one load; CNOTs (SWAPs included) and expected fidelity on a linear chain and all-to-all, and the
/// feasible flag (all-to-all, the device's best case); device time of one shot (load + readout + repetition delay);
/// the classical time here to read the N numbers once (median) and to compute the angles and build the circuit (median);
/// and the largest |prepared − input| amplitude when the circuit was simulated (NaN when not, n above the check limit).
/// </summary>
public sealed record DataLoadingRow(
    int NumQubits,
    long Features,
    long CnotsRealFormula,
    long CnotsComplexFormula,
    int Cnots,
    int Depth,
    int TwoQubitDepth,
    double LoadSeconds,
    double ShotSeconds,
    int CnotsLinearChain,
    double FidelityAllToAll,
    double FidelityLinearChain,
    bool Feasible,
    double ReadSeconds,
    double CompileSeconds,
    double MaxStateError);
