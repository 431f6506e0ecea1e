namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Progress of <see cref="QaoaDriver.Run"/>, reported after every objective evaluation: the depth being optimised
/// (INTERP walks p = 1, 2, …), the evaluations so far over all starts and depths, the ⟨C⟩ just evaluated and the best
/// ⟨C⟩ so far in the driver's sense (largest when maximising, smallest when minimising).
/// </summary>
/// <param name="Depth">QAOA depth of the current optimisation.</param>
/// <param name="Evaluations">Objective evaluations so far.</param>
/// <param name="Expectation">⟨C⟩ at the point just evaluated.</param>
/// <param name="BestExpectation">Best ⟨C⟩ so far.</param>
public sealed record QaoaProgress(int Depth, int Evaluations, double Expectation, double BestExpectation);
