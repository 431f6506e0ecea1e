using QuantumApps.Problems;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Variational.Annealing;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The <c>anneal</c> method of <see cref="MaxCutComparison"/> and <see cref="TspComparison"/>: quantum annealing on the
/// simulator beside SA and SQA on the same instance (<see cref="AnnealingBenchmark"/>), all with the TTS99 definition.
/// The headline value is the best of <see cref="Shots"/> seeded samples from the final state of the best anneal time
/// (never the exhaustive optimum, which is only the yardstick of success). Runs only when named in the methods
/// (it scans many anneal times and runs SA and SQA many times).
/// Extras: annealTime (the T of the smallest TTS99, ħ/σ), successProbability p(T), tts99 (ħ/σ), minimumGap (units of σ;
/// NaN above <see cref="AnnealingSettings.GapMaxQubits"/>), minimumGapAt (s), costScale σ, then for sa and sqa the
/// sweeps, success probability, TTS99 in sweeps and in seconds of their best point.
/// </summary>
internal static class AnnealMethod
{
    /// <summary>Samples drawn from the final state for the headline value.</summary>
    public const int Shots = 1000;

    public static MethodReport<MaxCutSolution> MaxCut(Graph g, ComparisonOptions options, IProgress<ComparisonProgress>? progress, CancellationToken ct)
    {
        if (!options.NamedMethods)
        {
            return MethodReport<MaxCutSolution>.Skipped("anneal", "not run by default (request --methods anneal)");
        }

        int n = g.NodeCount;
        double[] diag = Problems.MaxCut.CostOperator(g).Diagonal();
        var rng = options.NewRandom();
        var report = AnnealingBenchmark.Run(diag, QaoaSense.Maximize, Problems.MaxCut.MinimizationQubo(g), options.Anneal ?? new AnnealingSettings(), rng,
            Relay(progress), ct);
        var m = QaoaMetrics.Compute(report.Quantum.FinalProbabilities, diag, report.Quantum.Optimum, QaoaSense.Maximize, null, Shots, rng);
        string assignment = m.BestSampledBitstring is ulong b ? MaxCutComparison.Bits(b, n) : "";
        return new MethodReport<MaxCutSolution>("anneal", MethodStatus.Ok, null, m.BestSampledCost,
            new MaxCutSolution(m.BestSampledCost, assignment, "anneal", report.Quantum.Seconds), SecondsOf(report), Extras(report, ("bestSampledCut", m.BestSampledCost)));
    }

    public static MethodReport<TourSolution> Tsp(TspInstance t, ComparisonOptions options, IProgress<ComparisonProgress>? progress, CancellationToken ct)
    {
        if (!options.NamedMethods)
        {
            return MethodReport<TourSolution>.Skipped("anneal", "not run by default (request --methods anneal)");
        }

        if (t.CityCount < 3)
        {
            return MethodReport<TourSolution>.Failed("anneal", "annealing needs at least 3 cities");
        }

        bool fixFirst = options.Qaoa?.FixFirstCity ?? true;
        var q = TspQubo.Create(t, fixFirst);
        int qubits = q.NumVariables;
        double[] diag = q.Qubo.Diagonal();
        var rng = options.NewRandom();
        var report = AnnealingBenchmark.Run(diag, QaoaSense.Minimize, q.Qubo, options.Anneal ?? new AnnealingSettings(), rng, Relay(progress), ct);
        bool Feasible(ulong b) => q.Decode(ToBits(b, qubits)).IsFeasible;
        var m = QaoaMetrics.Compute(report.Quantum.FinalProbabilities, diag, report.Quantum.Optimum, QaoaSense.Minimize, Feasible, Shots, rng);
        TourSolution? tour = null;
        if (m.BestSampledBitstring is ulong best && q.Decode(ToBits(best, qubits)).Tour is IReadOnlyList<int> tr)
        {
            tour = new TourSolution(m.BestSampledCost, tr, "anneal", report.Quantum.Seconds);
        }

        return new MethodReport<TourSolution>("anneal", MethodStatus.Ok, null, m.BestSampledCost, tour, SecondsOf(report),
            Extras(report, ("qubits", qubits), ("probabilityFeasible", m.ProbabilityFeasible), ("bestSampledLength", m.BestSampledCost)));
    }

    private static double SecondsOf(AnnealingReport r) => r.Quantum.Seconds + r.Sa.Sum(p => p.Seconds) + r.Sqa.Sum(p => p.Seconds);

    private static List<KeyValuePair<string, double>> Extras(AnnealingReport r, params (string Key, double Value)[] first)
    {
        var qa = r.Quantum;
        var sa = r.SaBest;
        var sqa = r.SqaBest;
        var items = first.ToList();
        items.AddRange(
        [
            ("annealTime", qa.Best.RunLength), ("successProbability", qa.Best.SuccessProbability), ("tts99", qa.Best.Tts99),
            ("minimumGap", qa.MinimumGap ?? double.NaN), ("minimumGapAt", qa.MinimumGapAt ?? double.NaN), ("costScale", qa.Scale),
            ("saSweeps", sa.RunLength), ("saSuccessProbability", sa.SuccessProbability), ("saTts99Sweeps", sa.Tts99), ("saTts99Seconds", r.SecondsToSolution(sa)),
            ("sqaSweeps", sqa.RunLength), ("sqaSuccessProbability", sqa.SuccessProbability), ("sqaTts99Sweeps", sqa.Tts99), ("sqaTts99Seconds", r.SecondsToSolution(sqa)),
        ]);
        return MethodRunner.Extras(items.ToArray());
    }

    private static IProgress<string>? Relay(IProgress<ComparisonProgress>? progress) =>
        progress is null ? null : new StepRelay(step => progress.Report(new ComparisonProgress("anneal", step)));

    private static bool[] ToBits(ulong b, int n)
    {
        var bits = new bool[n];
        for (int i = 0; i < n; i++)
        {
            bits[i] = ((b >> i) & 1) != 0;
        }

        return bits;
    }

    private sealed class StepRelay(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
