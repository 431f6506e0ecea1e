namespace QuantumApps.Cli.Report;

/// <summary>
/// Like against like on one TSP instance (issue 15, item 4; the rule of <see cref="BudgetLadder"/>): QAOA's depth is the
/// one with the lowest ⟨H⟩ among the depths whose optimisation ladder p = 1, 2, … fits <see cref="BudgetSeconds"/>, and
/// <see cref="QaoaSeconds"/> is that cumulative time. Simulated annealing (2-opt moves) then gets the same wall time split
/// over <see cref="K"/> restarts, against QAOA's best valid tour among K shots; the floor is a uniformly random valid tour
/// (city 0 fixed, the other cities in a uniformly random order): its best of K seeded draws, the fraction of them that
/// were optimal and their mean length.
/// </summary>
/// <param name="BudgetSeconds">The wall-time budget of the QAOA depth ladder (s).</param>
/// <param name="Depth">The depth p chosen within the budget.</param>
/// <param name="QaoaSeconds">QAOA's measured wall time: the optimisations at depths 1…p (s); annealing's time limit.</param>
/// <param name="WithinBudget">False when even depth 1 took longer than the budget (then depth 1 is used).</param>
/// <param name="K">Shots of QAOA = restarts of annealing = random tours drawn.</param>
/// <param name="QaoaBestOfK">Shortest valid tour among K seeded shots of the chosen depth (NaN when none was a tour).</param>
/// <param name="QaoaValidOfK">Shots among the K that were valid tours.</param>
/// <param name="AnnealingBestOfK">Simulated annealing's shortest tour over K restarts within QaoaSeconds.</param>
/// <param name="AnnealingSeconds">Simulated annealing's measured wall time (s).</param>
/// <param name="RandomBestOfK">Shortest of K seeded uniformly random valid tours.</param>
/// <param name="RandomOptimalOfK">How many of the K random tours were optimal (the measured counterpart of the exact probability).</param>
/// <param name="RandomMeanOfK">Mean length of the K random tours.</param>
public sealed record TspBudgetRun(double BudgetSeconds, int Depth, double QaoaSeconds, bool WithinBudget, int K, double QaoaBestOfK, int QaoaValidOfK,
    double AnnealingBestOfK, double AnnealingSeconds, double RandomBestOfK, int RandomOptimalOfK, double RandomMeanOfK);
