namespace QuantumApps.Optimizers;

/// <summary>
/// Progress report after one optimizer iteration: iteration number (1-based), objective evaluations so
/// far (value or value-and-gradient calls), the best value seen so far.
/// </summary>
public readonly record struct OptimizationProgress(int Iteration, int Evaluations, double BestValue);
