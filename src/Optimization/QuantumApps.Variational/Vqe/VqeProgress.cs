namespace QuantumApps.Variational.Vqe;

/// <summary>Progress after one optimizer iteration: iteration (1-based), energy evaluations so far, best energy so far (hartree).</summary>
public readonly record struct VqeProgress(int Iteration, int Evaluations, double BestEnergy);
