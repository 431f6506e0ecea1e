using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Tabu search on a QUBO (minimised), sized by n so that it scales to Gset graphs: each iteration makes the best
/// 1-flip among non-tabu variables (a tabu flip is allowed when it gives a new best energy — aspiration; ties broken
/// by the seeded <see cref="Random"/>), then forbids flipping that variable back for a tenure of
/// ⌊n/<see cref="TenureDivisor"/>⌋ + U{1..min(10, max(1, ⌊n/4⌋))} iterations (a tenure proportional to n plus a
/// small random part, the form of Lü, Glover and Hao 2010 for UBQP, with the divisor tuned on Gset). Δ_i of every
/// variable is kept up to date in O(degree) per flip, so an iteration costs one pass over n numbers. A run lasts
/// <see cref="DefaultIterations"/> = max(1000, 100·n) iterations unless told otherwise. Budget
/// (<see cref="SearchBudget"/>): R starts from random states; without a time limit each is one run; with a time
/// limit a start whose run ends before its share T/R continues from its best state with
/// ⌈n/<see cref="KickDivisor"/>⌉ random flips (iterated tabu search) until its share is used. Each start ends with a
/// 1-flip descent from its best state. The token is checked every iteration (cancellation throws
/// <see cref="OperationCanceledException"/>); progress about a hundred times per run.
/// </summary>
public static class TabuSearch
{
    /// <summary>
    /// Divisor of n in the deterministic part of the tenure. Tuned on Gset G11/G14/G43 at 2·10^5 iterations: n/150,
    /// n/100, n/40, n/20, n/10 and n/6 were tried, n/10 was best (docs/benchmarks.md); the former fixed tenure of at
    /// most 20 + U{0..2} left tabu 1.7 % below the best-known cut on the 2000-node G22.
    /// </summary>
    public const int TenureDivisor = 10;

    /// <summary>Divisor of n in the number of random flips that restart a time-limited run from its best state.</summary>
    public const int KickDivisor = 20;

    /// <summary>Iterations of one run: max(1000, 100·n).</summary>
    public static int DefaultIterations(int n) => (int)Math.Min(int.MaxValue, Math.Max(1000L, 100L * n));

    public static QuboSolution Minimize(Qubo q, Random rng, int? iterations = null, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default,
        SearchBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sw = Stopwatch.StartNew();
        var clock = new BudgetClock(budget ?? new SearchBudget(), sw);
        int n = q.NumVariables;
        int iters = iterations ?? DefaultIterations(n);
        int baseTenure = n / TenureDivisor, spread = Math.Min(10, Math.Max(1, n / 4));
        bool[]? bestX = null;
        double bestE = double.PositiveInfinity;
        long total = 0;
        int runs = 0;
        for (int start = 0; start < clock.Restarts; start++)
        {
            var x = QuboMoves.RandomBits(n, rng);
            bool[]? startBest = null;
            double startBestE = double.PositiveInfinity;
            do
            {
                if (startBest is not null) x = Kick(startBest, rng);
                var (runX, runE, done) = Run(q, x, rng, iters, baseTenure, spread, clock, start, progress, cancellationToken);
                total += done;
                runs++;
                if (runE < startBestE) { startBestE = runE; startBest = runX; }
            }
            while (clock.HasLimit && !clock.ShareExpired(start) && n > 0);

            var (finalX, finalE) = OneFlipLocalSearch.Descend(q, startBest!);
            if (finalE < bestE) { bestE = finalE; bestX = finalX; }
            if (clock.Expired()) break;
        }

        return new QuboSolution(bestE, Bits.ToString(bestX!), "tabu", sw.Elapsed.TotalSeconds,
            $"{total} iterations in {runs} runs, tenure {baseTenure}+U{{1..{spread}}}");
    }

    private static bool[] Kick(bool[] from, Random rng)
    {
        var x = (bool[])from.Clone();
        int flips = Math.Max(1, (from.Length + KickDivisor - 1) / KickDivisor);
        for (int k = 0; k < flips; k++)
        {
            int i = rng.Next(x.Length);
            x[i] = !x[i];
        }

        return x;
    }

    private static (bool[] Best, double Energy, long Iterations) Run(Qubo q, bool[] x, Random rng, int iters, int baseTenure, int spread,
        BudgetClock clock, int start, IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        // Δ_i is kept for every variable and updated in O(degree) per flip (QuboMoves' field rule applied to Δ):
        // the scan for the best move is then one pass over an array.
        int n = q.NumVariables;
        var f = new double[n];
        QuboMoves.InitFields(q, x, f);
        var delta = new double[n];
        for (int i = 0; i < n; i++) delta[i] = QuboMoves.Delta(q, x, f, i);
        int[] adjStart = q.AdjStart, adjVar = q.AdjVar;
        double[] adjValue = q.AdjValue;
        double e = q.Energy(x);
        var bestX = (bool[])x.Clone();
        double bestE = e;
        var tabuUntil = new int[n];
        int every = Math.Max(1, iters / 100);
        int it = 1;
        for (; it <= iters && n > 0; it++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.HasLimit && (it & 63) == 0 && clock.ShareExpired(start)) break;
            if (progress is not null && it % every == 0) progress.Report(new SearchProgress("tabu", it, iters, "iterations", bestE));
            int pick = -1, ties = 0;
            double pickDelta = double.PositiveInfinity, aspiration = bestE - 1e-12 - e;
            for (int i = 0; i < n; i++)
            {
                double dlt = delta[i];
                if (dlt > pickDelta + 1e-12 || (tabuUntil[i] >= it && dlt >= aspiration)) continue;
                if (dlt < pickDelta - 1e-12) { pickDelta = dlt; pick = i; ties = 1; }
                else if (rng.Next(++ties) == 0) pick = i;
            }

            if (pick < 0) continue;
            x[pick] = !x[pick];
            double sign = x[pick] ? 1.0 : -1.0;
            delta[pick] = -delta[pick];
            for (int a = adjStart[pick]; a < adjStart[pick + 1]; a++)
            {
                int k = adjVar[a];
                delta[k] += (x[k] ? -1.0 : 1.0) * sign * adjValue[a];
            }

            e += pickDelta;
            tabuUntil[pick] = it + baseTenure + 1 + rng.Next(spread);
            if (e < bestE - 1e-12) { bestE = e; Array.Copy(x, bestX, n); }
        }

        return (bestX, q.Energy(bestX), it - 1);
    }
}
