namespace QuantumApps.Variational.Experiments;

/// <summary>
/// One training run: qubits, layers, seed index, schedule, the exact final cost ⟨Z…Z⟩ at the returned angles, whether it
/// is at or below the success cost, the parameter-shift circuits spent (2 per trained angle per step, plus one energy
/// circuit per step) and the Adam steps taken.
/// </summary>
public sealed record LayerwiseTrainingRun(int NumQubits, int Layers, int Seed, TrainingSchedule Schedule, double FinalCost, bool Success, long Circuits, int Steps);
