namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// The budget of a classical search, the same for every heuristic so that comparisons are fair:
/// <paramref name="TimeLimit"/> is the wall-clock time the whole method may use (null = no limit: the method runs its
/// own fixed schedule), <paramref name="Restarts"/> the number of independent starts drawn one after another from the
/// method's one seeded <see cref="Random"/>, the best kept. With a time limit the R starts share it equally: each
/// start stops when its share T/R is used (keeping its best), and a start whose own schedule ends earlier begins a
/// fresh run of the same kind inside its share. A run is therefore deterministic for a seed and a restart count up to
/// where the clock stops it.
/// </summary>
/// <param name="TimeLimit">Wall-clock budget of the method, or null for none.</param>
/// <param name="Restarts">Independent starts (at least 1).</param>
public sealed record SearchBudget(TimeSpan? TimeLimit = null, int Restarts = 1);
