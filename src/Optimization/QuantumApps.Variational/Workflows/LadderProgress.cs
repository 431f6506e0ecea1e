namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Progress of a ladder: the method being worked on and the current step ("starting", "iteration 12, E = −1.1373").
/// <see cref="Finished"/> is set (once per method) when the method's result is known, so a caller can show each
/// result as soon as it exists.
/// </summary>
public sealed record LadderProgress(LadderMethods Method, string Step, LadderMethodResult? Finished = null);
