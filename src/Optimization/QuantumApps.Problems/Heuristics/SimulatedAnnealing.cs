using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Simulated annealing on a QUBO (minimised) with single-flip Metropolis moves, one sweep = n proposals in
/// variable order, temperature geometric from T_start = max_i(|Q_ii| + Σ_j |Q_ij|) to T_start·1e-3 over
/// <c>sweeps</c> sweeps, then a 1-flip descent from the best state seen. Seeded through <see cref="Random"/>.
/// The token is checked once per sweep (cancellation throws <see cref="OperationCanceledException"/>); progress about
/// a hundred times per run.
/// </summary>
public static class SimulatedAnnealing
{
    public static QuboSolution Minimize(Qubo q, Random rng, int sweeps = 1000, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        int n = q.NumVariables;
        var x = QuboMoves.RandomBits(n, rng);
        var f = new double[n];
        QuboMoves.InitFields(q, x, f);
        double e = q.Energy(x);
        var bestX = (bool[])x.Clone();
        double bestE = e;
        double t0 = Math.Max(QuboMoves.MaxAbsDelta(q), 1e-12), t1 = t0 * 1e-3;
        sweeps = Math.Max(1, sweeps);
        int every = Math.Max(1, sweeps / 100);
        for (int s = 0; s < sweeps; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
        return new QuboSolution(finalE, Bits.ToString(finalX), "sa", sw.Elapsed.TotalSeconds, $"{sweeps} sweeps, T {t0:G3} -> {t1:G3}, final 1-flip descent");
    }
}
