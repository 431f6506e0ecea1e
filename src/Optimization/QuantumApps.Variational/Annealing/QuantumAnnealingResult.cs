namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Outcome of <see cref="QuantumAnnealing.Run"/>: p(T) and TTS99(T) for every anneal time tried, the best (smallest
/// TTS99) point, the weight scale σ that fixes the time unit ħ/σ, the optimum of C (the yardstick of success, from the
/// diagonal), the minimum gap Δ_min (units of σ) of H(s) and where it lies (null when not computed), the probabilities
/// |ψ_b|² at the end of the best anneal, and the wall time.
/// </summary>
public sealed record QuantumAnnealingResult(
    IReadOnlyList<AnnealPoint> Points,
    AnnealPoint Best,
    double Scale,
    double Optimum,
    double? MinimumGap,
    double? MinimumGapAt,
    IReadOnlyList<double> FinalProbabilities,
    double Seconds);
