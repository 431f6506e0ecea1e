namespace QuantumApps.Cli.Report;

/// <summary>
/// Like against like on one MaxCut graph (issue 15, item 4): QAOA's depth is the one with the best ⟨C⟩ among the depths
/// whose optimisation ladder p = 1, 2, … fits in <see cref="BudgetSeconds"/> of wall time (cumulative simulation time of
/// the independent optimisations at depths 1…p; depth 1 always runs), and <see cref="QaoaSeconds"/> is that cumulative
/// time. Simulated annealing and tabu search then get the same wall time (<c>--time-limit</c> = QaoaSeconds) split over
/// the same number <see cref="K"/> of restarts that QAOA gets shots, and each method's best of K is compared; the random
/// baseline is a uniformly random assignment (expected cut W/2 for total weight W, and the best of K seeded draws).
/// </summary>
/// <param name="BudgetSeconds">The per-graph wall-time budget of the QAOA depth ladder (s).</param>
/// <param name="Depth">The depth p chosen within the budget.</param>
/// <param name="QaoaSeconds">QAOA's measured wall time: the optimisations at depths 1…p (s); the heuristics' time limit.</param>
/// <param name="WithinBudget">False when even depth 1 took longer than the budget (then depth 1 is used).</param>
/// <param name="K">Shots of QAOA = restarts of each heuristic = random draws.</param>
/// <param name="QaoaExpectation">⟨C⟩ at the chosen depth.</param>
/// <param name="QaoaBestOfK">Best cut among K seeded samples of the chosen depth's state.</param>
/// <param name="AnnealingBestOfK">Simulated annealing's best cut over K restarts within QaoaSeconds.</param>
/// <param name="AnnealingSeconds">Simulated annealing's measured wall time (s).</param>
/// <param name="TabuBestOfK">Tabu search's best cut over K restarts within QaoaSeconds.</param>
/// <param name="TabuSeconds">Tabu search's measured wall time (s).</param>
/// <param name="RandomExpectation">Expected cut of a uniformly random assignment, W/2.</param>
/// <param name="RandomBestOfK">Best cut among K seeded uniformly random assignments.</param>
public sealed record MaxCutBudgetRun(double BudgetSeconds, int Depth, double QaoaSeconds, bool WithinBudget, int K, double QaoaExpectation, double QaoaBestOfK,
    double AnnealingBestOfK, double AnnealingSeconds, double TabuBestOfK, double TabuSeconds, double RandomExpectation, double RandomBestOfK)
{
    /// <summary>The better heuristic's best of K.</summary>
    public double HeuristicBestOfK => Math.Max(AnnealingBestOfK, TabuBestOfK);
}
