using QuantumApps.Variational.Annealing;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the annealing section shows: the mode, the instance seed, the settings that differ between modes (anneal
/// times, SA/SQA runs per sweep count, gap qubit limit) and one <see cref="AnnealingStudyRow"/> per size (quantum annealing
/// TTS99 in ħ/σ, SA and SQA TTS99 in sweeps and seconds, on one seeded random 3-regular graph per size), and the
/// shortest SA/SQA run length scanned (sweeps).
/// </summary>
public sealed record AnnealingOutcome(bool Quick, long Seed, IReadOnlyList<double> AnnealTimes, int Runs, int GapMaxQubits, IReadOnlyList<AnnealingStudyRow> Rows, int MinSweeps = 1)
{
    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>annealing.*</c>): number of sizes, the largest n, sizes at
    /// which quantum annealing reached the optimum with non-zero probability, TTS99 on the largest graph (QA in ħ/σ, SA and
    /// SQA in sweeps, SA in seconds), and the growth of each method's TTS99 from the smallest to the largest n
    /// (TTS(n_max)/TTS(n_min): a ratio, so the methods' different units cancel; NaN or ∞ when a method never succeeded), and
    /// the sizes at which SA and SQA sit at their floor (p ≥ 0.99 at the shortest run length <see cref="MinSweeps"/>, so
    /// their TTS99 cannot fall further and a growth starting there is not a scaling).
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var first = Rows[0];
        var last = Rows[^1];
        return new Dictionary<string, double>
        {
            ["annealing.instances"] = Rows.Count,
            ["annealing.smallest_n"] = first.Nodes,
            ["annealing.largest_n"] = last.Nodes,
            ["annealing.qa_solved"] = Rows.Count(r => r.QaSuccessProbability > 0),
            ["annealing.qa_success_largest"] = last.QaSuccessProbability,
            ["annealing.qa_tts99_largest"] = last.QaTts99,
            ["annealing.sa_tts99_sweeps_largest"] = last.SaTts99Sweeps,
            ["annealing.sa_tts99_seconds_largest"] = last.SaTts99Seconds,
            ["annealing.sqa_tts99_sweeps_largest"] = last.SqaTts99Sweeps,
            ["annealing.qa_tts_growth"] = last.QaTts99 / first.QaTts99,
            ["annealing.sa_tts_growth"] = last.SaTts99Sweeps / first.SaTts99Sweeps,
            ["annealing.sqa_tts_growth"] = last.SqaTts99Sweeps / first.SqaTts99Sweeps,
            ["annealing.sa_floor_sizes"] = Rows.Count(r => r.SaTts99Sweeps <= MinSweeps),
            ["annealing.sqa_floor_sizes"] = Rows.Count(r => r.SqaTts99Sweeps <= MinSweeps),
        };
    }
}
