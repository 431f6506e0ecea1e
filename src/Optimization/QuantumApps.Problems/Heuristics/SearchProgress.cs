namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Progress of a long classical search, reported through <see cref="IProgress{T}"/> about a hundred times per run:
/// <paramref name="Done"/> of <paramref name="Total"/> units (sweeps, iterations, subsets or states, named by
/// <paramref name="Unit"/>) and the best objective value found so far when the method has one (else NaN).
/// </summary>
/// <param name="Method">Method name as the CLI writes it (sa, tabu, gw, exact, …).</param>
/// <param name="Done">Units finished.</param>
/// <param name="Total">Units planned.</param>
/// <param name="Unit">What a unit is ("sweeps", "iterations", "subsets", "blocks").</param>
/// <param name="Best">Best objective so far in the method's own sense (QUBO energy, tour length), or NaN.</param>
public sealed record SearchProgress(string Method, long Done, long Total, string Unit, double Best);
