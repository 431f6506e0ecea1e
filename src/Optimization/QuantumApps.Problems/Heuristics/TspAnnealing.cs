using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Simulated annealing for the symmetric TSP: start from a nearest-neighbour tour, propose random 2-opt
/// reversals of tour[i+1..j] (i uniform in 0..n−2, j uniform in i+1..n−1, from the seeded <see cref="Random"/>), accept with Metropolis probability,
/// temperature geometric from T0 = (initial length / n) to T0·1e-3 over <c>iterations</c> proposals
/// (default 200·n², at least 20000, at most 5·10⁶), then 2-opt + Or-opt on the best tour seen. The token is checked every
/// 4096 proposals (cancellation throws <see cref="OperationCanceledException"/>). A <see cref="SearchBudget"/> adds
/// restarts (restart r &gt; 0 starts from the nearest-neighbour tour of a random city, the best result is kept; the
/// proposals are split evenly) and a time limit: each restart then runs until its share of the limit, with the temperature
/// following the same geometric schedule in elapsed time instead of proposals.
/// </summary>
public static class TspAnnealing
{
    public static TourSolution Solve(DistanceMatrix d, Random rng, long? iterations = null, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default, SearchBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(rng);
        budget = (budget ?? new SearchBudget()).Validated();
        var sw = Stopwatch.StartNew();
        long start = Stopwatch.GetTimestamp();
        int n = d.Size;
        TspLocalSearch.RequireSymmetric(d);
        if (n <= 3) return HeldKarp.Solve(d) with { Method = "sa", Seconds = sw.Elapsed.TotalSeconds };
        int restarts = budget.RestartsOr(1);
        long total = iterations ?? Math.Min(5_000_000L, Math.Max(20000L, 200L * n * n));
        int[]? best = null;
        double bestLen = double.PositiveInfinity;
        for (int r = 0; r < restarts; r++)
        {
            long from = r == 0 ? start : Stopwatch.GetTimestamp();
            long deadline = budget.DeadlineTimestamp(start, r, restarts);
            var tour = TspLocalSearch.NearestNeighbour(d, r == 0 ? 0 : rng.Next(n));
            var t = Anneal(d, tour, rng, Math.Max(1, total / restarts), budget.TimeLimitSeconds is null ? null : (from, deadline), progress, cancellationToken);
            double len = d.TourLength(t);
            if (len < bestLen - 1e-10) { bestLen = len; best = t; }
        }

        var rotated = TspQubo.RotateToZero(best!);
        return new TourSolution(d.TourLength(rotated), rotated, "sa", sw.Elapsed.TotalSeconds);
    }

    /// <summary>One annealing run from <paramref name="tour"/> (by proposals, or by time between the two timestamps); returns the improved best tour.</summary>
    private static int[] Anneal(DistanceMatrix d, int[] tour, Random rng, long iters, (long From, long To)? window, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        int n = d.Size;
        double len = d.TourLength(tour);
        var best = (int[])tour.Clone();
        double bestLen = len;
        double t0 = Math.Max(len / n, 1e-9), t1 = t0 * 1e-3;
        double ratio = Math.Log(t1 / t0);
        long every = Math.Max(4096, iters / 100);
        double temp = t0;
        for (long it = 0; window is not null || it < iters; it++)
        {
            if ((it & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (window is (long from, long to))
                {
                    long now = Stopwatch.GetTimestamp();
                    if (now >= to) break;
                    temp = t0 * Math.Exp(ratio * (now - from) / Math.Max(1, to - from));
                }
            }

            if (progress is not null && it % every == 0) progress.Report(new SearchProgress("sa", it, window is null ? iters : 0, "proposals", bestLen));
            if (window is null) temp = t0 * Math.Exp(ratio * it / iters);
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
        return best;
    }
}
