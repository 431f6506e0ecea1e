namespace QuantumApps.Variational.Annealing;

/// <summary>
/// One size of <see cref="AnnealingStudy"/>: the instance (nodes, edges, max cut, weight scale σ), quantum annealing's
/// best anneal time, p and TTS99 (ħ/σ) and minimum gap (units of σ, null when not computed), and SA's and SQA's best
/// sweeps and TTS99 in sweeps and seconds, plus the wall time of the row.
/// </summary>
public sealed record AnnealingStudyRow(
    int Nodes,
    int Edges,
    double MaxCut,
    double CostScale,
    double QaAnnealTime,
    double QaSuccessProbability,
    double QaTts99,
    double? MinimumGap,
    double SaSweeps,
    double SaTts99Sweeps,
    double SaTts99Seconds,
    double SqaSweeps,
    double SqaTts99Sweeps,
    double SqaTts99Seconds,
    double Seconds);
