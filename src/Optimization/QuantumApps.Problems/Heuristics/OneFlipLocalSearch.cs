using System.Diagnostics;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Steepest-descent 1-flip local search on a QUBO (minimised): repeatedly flip the variable with the most
/// negative Δ_i until no flip improves (a 1-flip local minimum). <see cref="Solve"/> restarts from seeded
/// random states and keeps the best.
/// </summary>
public static class OneFlipLocalSearch
{
    /// <summary>Descends from <paramref name="start"/>; returns the local minimum and its energy.</summary>
    public static (bool[] Bits, double Energy) Descend(Qubo q, ReadOnlySpan<bool> start)
    {
        int n = q.NumVariables;
        var x = start.ToArray();
        var f = new double[n];
        QuboMoves.InitFields(q, x, f);
        double e = q.Energy(x);
        while (true)
        {
            int best = -1;
            double bestDelta = -1e-12 * (1 + Math.Abs(e));
            for (int i = 0; i < n; i++)
            {
                double dlt = QuboMoves.Delta(q, x, f, i);
                if (dlt < bestDelta) { bestDelta = dlt; best = i; }
            }
            if (best < 0) break;
            QuboMoves.Flip(q, x, f, best);
            e += bestDelta;
        }
        return (x, q.Energy(x));
    }

    /// <summary>
    /// Best of <paramref name="restarts"/> descents from seeded random states, or — when <paramref name="budget"/> is given —
    /// of its R starts, each repeating descents from new random states until its share of the time limit is used.
    /// </summary>
    public static QuboSolution Solve(Qubo q, Random rng, int restarts = 20, SearchBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sw = Stopwatch.StartNew();
        var clock = new BudgetClock(budget ?? new SearchBudget(), sw, restarts);
        bool[]? bestX = null;
        double bestE = double.PositiveInfinity;
        int descents = 0;
        for (int r = 0; r < clock.Restarts; r++)
        {
            do
            {
                var (x, e) = Descend(q, QuboMoves.RandomBits(q.NumVariables, rng));
                descents++;
                if (e < bestE) { bestE = e; bestX = x; }
            }
            while (clock.HasLimit && !clock.ShareExpired(r));

            if (clock.Expired()) break;
        }

        return new QuboSolution(bestE, Bits.ToString(bestX!), "local", sw.Elapsed.TotalSeconds, $"{descents} restarts to 1-flip local minima");
    }
}
