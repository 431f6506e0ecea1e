using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Simulated annealing for the symmetric TSP: start from a nearest-neighbour tour, propose random 2-opt
/// reversals of tour[i+1..j] (i uniform in 0..n−2, j uniform in i+1..n−1, from the seeded <see cref="Random"/>), accept with Metropolis probability,
/// temperature geometric from T0 = (initial length / n) to T0·1e-3 over <c>iterations</c> proposals
/// (default 200·n², at least 20000, at most 5·10⁶), then 2-opt + Or-opt on the best tour seen. The token is checked every
/// 4096 proposals (cancellation throws <see cref="OperationCanceledException"/>).
/// </summary>
public static class TspAnnealing
{
    public static TourSolution Solve(DistanceMatrix d, Random rng, long? iterations = null, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        int n = d.Size;
        TspLocalSearch.RequireSymmetric(d);
        if (n <= 3) return HeldKarp.Solve(d) with { Method = "sa", Seconds = sw.Elapsed.TotalSeconds };
        long iters = iterations ?? Math.Min(5_000_000L, Math.Max(20000L, 200L * n * n));
        var tour = TspLocalSearch.NearestNeighbour(d, 0);
        double len = d.TourLength(tour);
        var best = (int[])tour.Clone();
        double bestLen = len;
        double t0 = Math.Max(len / n, 1e-9), t1 = t0 * 1e-3;
        double ratio = Math.Log(t1 / t0);
        long every = Math.Max(4096, iters / 100);
        for (long it = 0; it < iters; it++)
        {
            if ((it & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (progress is not null && it % every == 0) progress.Report(new SearchProgress("sa", it, iters, "proposals", bestLen));
            double temp = t0 * Math.Exp(ratio * it / iters);
            int i = rng.Next(n - 1);
            int j = rng.Next(i + 1, n);
            int a = tour[i], b = tour[i + 1], c = tour[j], e = tour[(j + 1) % n];
            if (a == e || b == c) continue;
            double delta = d[a, c] + d[b, e] - d[a, b] - d[c, e];
            if (delta <= 0 || rng.NextDouble() < Math.Exp(-delta / temp))
            {
                Array.Reverse(tour, i + 1, j - i);
                len += delta;
                if (len < bestLen - 1e-10) { bestLen = len; Array.Copy(tour, best, n); }
            }
        }
        TspLocalSearch.Improve(d, best);
        var r = TspQubo.RotateToZero(best);
        return new TourSolution(d.TourLength(r), r, "sa", sw.Elapsed.TotalSeconds);
    }
}
