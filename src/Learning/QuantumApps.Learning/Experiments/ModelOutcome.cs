using QuantumApps.Learning.Selection;

namespace QuantumApps.Learning.Experiments;

/// <summary>
/// One model's row of the benchmark. <see cref="Status"/> "ok" or "failed" (then <see cref="Reason"/> says why and the
/// numbers are zero). Accuracies are fractions; <see cref="TrainingSeconds"/> is the wall time of the final fit (the
/// cross-validation time is <see cref="SelectionSeconds"/>). Evaluations: <see cref="Simulations"/> here, <see cref="DeviceCircuits"/>
/// on a device (parameter shift for the VQC, one circuit per kernel entry for a fidelity kernel), both for the final
/// training; <see cref="DeviceSeconds"/> estimates the device time of those circuits (IBM Heron timings, all-to-all).
/// </summary>
public sealed record ModelOutcome(ModelKind Kind, string Status, string? Reason, int Qubits, int Parameters, string Hyperparameters,
    double CvMean, double CvStd, double TestAccuracy, double TrainingSeconds, double SelectionSeconds, long Simulations, long DeviceCircuits,
    long PredictionSimulations, long PredictionDeviceCircuits, int ShotsPerCircuit, double? DeviceSeconds)
{
    /// <summary>True when the model ran to the end.</summary>
    public bool Ok => Status == "ok";
}
