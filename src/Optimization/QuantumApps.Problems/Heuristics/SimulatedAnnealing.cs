using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Simulated annealing on a QUBO (minimised) with single-flip Metropolis moves, one sweep = n proposals in
/// variable order, temperature geometric from T_start = max_i(|Q_ii| + Σ_j |Q_ij|) to T_start·1e-3 over
/// <c>sweeps</c> sweeps, then a 1-flip descent from the best state seen. Seeded through <see cref="Random"/>.
/// Budget (<see cref="SearchBudget"/>): R independent runs, best kept; with a time limit, a start whose run ends
/// before its share T/R anneals again from a new random state with twice the sweeps (1×, 2×, 4×, … — the run
/// lengths do not depend on the clock, only where it stops them), and a run cut by the clock keeps its best state.
/// The token is checked once per sweep (cancellation throws <see cref="OperationCanceledException"/>); progress about
/// a hundred times per run.
/// </summary>
public static class SimulatedAnnealing
{
    public static QuboSolution Minimize(Qubo q, Random rng, int sweeps = 1000, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default,
        SearchBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sw = Stopwatch.StartNew();
        var clock = new BudgetClock(budget ?? new SearchBudget(), sw);
        sweeps = Math.Max(1, sweeps);
        double t0 = Math.Max(QuboMoves.MaxAbsDelta(q), 1e-12), t1 = t0 * 1e-3;
        bool[]? bestX = null;
        double bestE = double.PositiveInfinity;
        long done = 0;
        int runs = 0;
        for (int start = 0; start < clock.Restarts; start++)
        {
            long length = sweeps;
            do
            {
                var (x, e, ran) = Anneal(q, rng, (int)Math.Min(int.MaxValue, length), t0, t1, clock, start, progress, cancellationToken);
                done += ran;
                runs++;
                if (e < bestE) { bestE = e; bestX = x; }
                length *= 2;
            }
            while (clock.HasLimit && !clock.ShareExpired(start));

            if (clock.Expired()) break;
        }

        return new QuboSolution(bestE, Bits.ToString(bestX!), "sa", sw.Elapsed.TotalSeconds,
            $"{runs} runs, {done} sweeps, T {t0:G3} -> {t1:G3}, final 1-flip descent");
    }

    /// <summary>One annealing run of <paramref name="sweeps"/> sweeps from a random state, then the 1-flip descent from its best state.</summary>
    private static (bool[] X, double Energy, long Sweeps) Anneal(Qubo q, Random rng, int sweeps, double t0, double t1, BudgetClock clock, int start,
        IProgress<SearchProgress>? progress, CancellationToken cancellationToken)
    {
        int n = q.NumVariables;
        var x = QuboMoves.RandomBits(n, rng);
        var f = new double[n];
        QuboMoves.InitFields(q, x, f);
        double e = q.Energy(x);
        var bestX = (bool[])x.Clone();
        double bestE = e;
        int every = Math.Max(1, sweeps / 100);
        int s = 0;
        for (; s < sweeps; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.HasLimit && clock.ShareExpired(start)) break;
            if (progress is not null && s % every == 0) progress.Report(new SearchProgress("sa", s, sweeps, "sweeps", bestE));
            double temp = t0 * Math.Pow(t1 / t0, sweeps == 1 ? 1 : (double)s / (sweeps - 1));
            for (int i = 0; i < n; i++)
            {
                double dlt = QuboMoves.Delta(q, x, f, i);
                if (dlt <= 0 || rng.NextDouble() < Math.Exp(-dlt / temp))
                {
                    QuboMoves.Flip(q, x, f, i);
                    e += dlt;
                    if (e < bestE - 1e-12) { bestE = e; Array.Copy(x, bestX, n); }
                }
            }
        }

        var (finalX, finalE) = OneFlipLocalSearch.Descend(q, bestX);
        return (finalX, finalE, s);
    }
}
