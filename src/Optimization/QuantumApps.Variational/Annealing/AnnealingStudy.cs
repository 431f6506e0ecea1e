using System.Diagnostics;
using QuantumApps.Problems;
using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Annealing;

/// <summary>
/// Scaling of time to solution with n: for each size one seeded MaxCut instance (<see cref="AnnealingStudyGraph"/>;
/// instance seed = seed + n, so a size's instance does not depend on the other sizes) and
/// <see cref="AnnealingBenchmark.Run"/> on it (quantum annealing, SA, SQA; TTS99 as in Rønnow et al. 2014). Units
/// differ between columns on purpose: quantum TTS in ħ/σ (a physical anneal time), SA and SQA in sweeps and in seconds
/// on this machine; the scaling with n, not the absolute comparison, is the result.
/// </summary>
public static class AnnealingStudy
{
    /// <summary>The instance of size n.</summary>
    public static Graph Instance(AnnealingStudyGraph kind, int n, long seed)
    {
        var rng = SeededRandom.Create(seed + n);
        if (kind == AnnealingStudyGraph.Regular3)
        {
            if (n < 4 || n % 2 != 0)
            {
                throw new QuantumAppsException($"anneal-study: 3-regular graphs need an even n ≥ 4, got {n}");
            }

            return GraphGenerators.RandomRegular(n, 3, rng);
        }

        var edges = new List<Edge>();
        for (int u = 0; u < n; u++)
        {
            for (int v = u + 1; v < n; v++)
            {
                if (rng.NextDouble() < 0.5)
                {
                    edges.Add(new Edge(u, v, rng.Next(1, 11)));
                }
            }
        }

        return new Graph(n, edges);
    }

    /// <summary>Runs every size in order; <paramref name="progress"/> hears one line per step.</summary>
    public static IReadOnlyList<AnnealingStudyRow> Run(IReadOnlyList<int> sizes, AnnealingStudyGraph kind, long seed, AnnealingSettings settings,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (int n in sizes)
        {
            Instance(kind, n, seed);
            MemoryGuard.EnsureFits(n, QuantumAnnealing.BytesPerAmplitude, $"anneal-study at n = {n} (quantum annealing, {QuantumAnnealing.BytesPerAmplitude} bytes per amplitude)");
        }

        var rows = new List<AnnealingStudyRow>();
        foreach (int n in sizes)
        {
            var clock = Stopwatch.StartNew();
            var g = Instance(kind, n, seed);
            double[] diag = MaxCut.CostOperator(g).Diagonal();
            var step = progress is null ? null : new Prefix($"n = {n}: ", progress);
            var r = AnnealingBenchmark.Run(diag, QaoaSense.Maximize, MaxCut.MinimizationQubo(g), settings, SeededRandom.Create(seed + n), step, cancellationToken);
            var qa = r.Quantum;
            rows.Add(new AnnealingStudyRow(n, g.EdgeCount, qa.Optimum, qa.Scale, qa.Best.RunLength, qa.Best.SuccessProbability, qa.Best.Tts99, qa.MinimumGap,
                r.SaBest.RunLength, r.SaBest.Tts99, r.SecondsToSolution(r.SaBest), r.SqaBest.RunLength, r.SqaBest.Tts99, r.SecondsToSolution(r.SqaBest),
                clock.Elapsed.TotalSeconds));
        }

        return rows;
    }

    private sealed class Prefix(string prefix, IProgress<string> inner) : IProgress<string>
    {
        public void Report(string value) => inner.Report(prefix + value);
    }
}
