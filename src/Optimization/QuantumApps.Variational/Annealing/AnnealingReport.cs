namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Quantum annealing beside its classical counterparts on one instance: the quantum result (p(T), TTS99 in ħ/σ, gap),
/// and the SA and SQA scans (p by sweeps over independent runs, TTS99 in sweeps) with their best points; the seconds
/// per TTS99 of each classical method are its mean run time × the repetitions R99 = TTS99/S.
/// </summary>
/// <param name="Quantum">The quantum anneal.</param>
/// <param name="Sa">SA points (run length = sweeps).</param>
/// <param name="Sqa">SQA points (run length = sweeps).</param>
/// <param name="Runs">Independent runs per classical point.</param>
/// <param name="GapNote">Why the gap is missing, or null.</param>
public sealed record AnnealingReport(QuantumAnnealingResult Quantum, IReadOnlyList<AnnealPoint> Sa, IReadOnlyList<AnnealPoint> Sqa, int Runs, string? GapNote)
{
    /// <summary>The SA point with the smallest TTS99.</summary>
    public AnnealPoint SaBest => Sa.MinBy(p => p.Tts99)!;

    /// <summary>The SQA point with the smallest TTS99.</summary>
    public AnnealPoint SqaBest => Sqa.MinBy(p => p.Tts99)!;

    /// <summary>Wall seconds of a classical TTS99: (point seconds / runs) × TTS99 / sweeps (∞ when p = 0).</summary>
    public double SecondsToSolution(AnnealPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Seconds / Runs * (point.Tts99 / point.RunLength);
    }
}
