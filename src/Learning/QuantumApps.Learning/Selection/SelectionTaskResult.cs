namespace QuantumApps.Learning.Selection;

/// <summary>
/// The result of one <see cref="SelectionTask"/>. <see cref="Failure"/> is null when the task ran, else the reason (the
/// numbers are then zero). <see cref="Accuracy"/> is the held-out fold's accuracy (a fold task) or the test accuracy (a
/// final task); <see cref="Seconds"/> the wall time of the task (a final task: of the fit alone). The remaining fields
/// are filled for final tasks only: qubits, trained parameters, state-vector simulations and device circuits of the
/// training and of the test prediction, shots per circuit and the device-time estimate (null without a circuit).
/// </summary>
public sealed record SelectionTaskResult(
    ModelKind Kind,
    int Candidate,
    int? Fold,
    string? Failure,
    double Accuracy,
    double Seconds,
    int Qubits = 0,
    int Parameters = 0,
    long Simulations = 0,
    long DeviceCircuits = 0,
    long PredictionSimulations = 0,
    long PredictionDeviceCircuits = 0,
    int ShotsPerCircuit = 0,
    double? DeviceSeconds = null)
{
    /// <summary>The task this result belongs to (a method, so that serialising the record writes only its data).</summary>
    public SelectionTask ToTask() => new(Kind, Candidate, Fold);
}
