using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Tabu search on a QUBO (minimised): each iteration makes the best 1-flip among non-tabu variables (a tabu
/// flip is allowed when it gives a new best energy — aspiration), then forbids flipping that variable back for
/// tenure = min(20, n/4) + U{0,1,2} iterations. Ties are broken by the seeded <see cref="Random"/>.
/// Default iteration count 50·n (at least 1000). The token is checked every iteration (cancellation throws
/// <see cref="OperationCanceledException"/>); progress about a hundred times per run.
/// </summary>
public static class TabuSearch
{
    public static QuboSolution Minimize(Qubo q, Random rng, int? iterations = null, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        int n = q.NumVariables;
        int iters = iterations ?? Math.Max(1000, 50 * n);
        var x = QuboMoves.RandomBits(n, rng);
        var f = new double[n];
        QuboMoves.InitFields(q, x, f);
        double e = q.Energy(x);
        var bestX = (bool[])x.Clone();
        double bestE = e;
        var tabuUntil = new int[n];
        int baseTenure = Math.Max(1, Math.Min(20, n / 4));
        int every = Math.Max(1, iters / 100);
        for (int it = 1; it <= iters && n > 0; it++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (progress is not null && it % every == 0) progress.Report(new SearchProgress("tabu", it, iters, "iterations", bestE));
            int pick = -1, ties = 0;
            double pickDelta = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                double dlt = QuboMoves.Delta(q, x, f, i);
                bool allowed = tabuUntil[i] < it || e + dlt < bestE - 1e-12;
                if (!allowed) continue;
                if (dlt < pickDelta - 1e-12) { pickDelta = dlt; pick = i; ties = 1; }
                else if (Math.Abs(dlt - pickDelta) <= 1e-12 && rng.Next(++ties) == 0) pick = i;
            }
            if (pick < 0) continue;
            QuboMoves.Flip(q, x, f, pick);
            e += pickDelta;
            tabuUntil[pick] = it + baseTenure + rng.Next(3);
            if (e < bestE - 1e-12) { bestE = e; Array.Copy(x, bestX, n); }
        }
        var (finalX, finalE) = OneFlipLocalSearch.Descend(q, bestX);
        return new QuboSolution(finalE, Bits.ToString(finalX), "tabu", sw.Elapsed.TotalSeconds, $"{iters} iterations, tenure {baseTenure}+U{{0..2}}");
    }
}
