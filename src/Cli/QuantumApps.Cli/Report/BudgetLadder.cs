namespace QuantumApps.Cli.Report;

/// <summary>
/// The shared rule of the like-against-like comparisons (issue 15, item 4; MaxCut and TSP): QAOA gets a wall-time budget
/// for its depth ladder p = 1, 2, …, P (independent optimisations, each timed) and uses the depth with the best merit among
/// those whose cumulative optimisation time 1…p fits the budget (depth 1 always counts, flagged when even it does not
/// fit); its measured wall time is that cumulative time, which the classical heuristics then get, split over the same
/// number <see cref="K"/> of restarts as QAOA gets shots.
/// </summary>
public static class BudgetLadder
{
    /// <summary>Shots of QAOA, restarts of each heuristic and random draws in the like-against-like comparisons.</summary>
    public const int K = 100;

    /// <summary>Wall-time budget (s) of one QAOA depth ladder: 0.25 s quick, 5 s full.</summary>
    public static double BudgetSeconds(bool quick) => quick ? 0.25 : 5.0;

    /// <summary>
    /// The chosen rung: the index with the highest <paramref name="merit"/> (the first on ties) among the prefix of
    /// <paramref name="seconds"/> whose running sum stays within <paramref name="budget"/>, the running sum up to it, and
    /// whether the first rung fitted (index 0 is chosen when it did not).
    /// </summary>
    public static (int Index, double Spent, bool WithinBudget) Choose(IReadOnlyList<double> seconds, IReadOnlyList<double> merit, double budget)
    {
        if (seconds.Count == 0 || seconds.Count != merit.Count) throw new ArgumentException($"{seconds.Count} times but {merit.Count} merits");
        double cumulative = 0, spent = seconds[0];
        int chosen = 0;
        for (int i = 0; i < seconds.Count; i++)
        {
            cumulative += seconds[i];
            if (cumulative > budget) break;
            if (i == 0 || merit[i] > merit[chosen]) (chosen, spent) = (i, cumulative);
        }
        return (chosen, spent, seconds[0] <= budget);
    }
}
