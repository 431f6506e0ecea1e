namespace QuantumApps.Variational.Annealing;

/// <summary>One run length of an annealing TTS scan.</summary>
/// <param name="RunLength">Anneal time T (units of 1/σ, ħ = 1) for quantum annealing; sweeps for SA and SQA.</param>
/// <param name="SuccessProbability">p: probability (QA: exact, Σ |ψ_b|² over optimal b) or frequency over runs (SA, SQA) of ending in an optimum.</param>
/// <param name="Tts99">RunLength·ln(0.01)/ln(1 − p) (<see cref="TimeToSolution"/>).</param>
/// <param name="Seconds">Wall-clock seconds of this point (QA: one evolution; SA/SQA: all runs).</param>
public sealed record AnnealPoint(double RunLength, double SuccessProbability, double Tts99, double Seconds);
