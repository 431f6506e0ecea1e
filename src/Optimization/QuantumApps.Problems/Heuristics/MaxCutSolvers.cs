using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// MaxCut front-ends for the QUBO searches: each minimises <see cref="MaxCut.MinimizationQubo"/> (energy −C)
/// and reports the cut C recomputed from the assignment.
/// </summary>
public static class MaxCutSolvers
{
    public static MaxCutSolution LocalSearch(Graph g, Random rng, int restarts = 20, SearchBudget? budget = null) =>
        FromQubo(g, OneFlipLocalSearch.Solve(MaxCut.MinimizationQubo(g), rng, restarts, budget));

    public static MaxCutSolution Annealing(Graph g, Random rng, int sweeps = 1000, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default,
        SearchBudget? budget = null) =>
        FromQubo(g, SimulatedAnnealing.Minimize(MaxCut.MinimizationQubo(g), rng, sweeps, progress, cancellationToken, budget));

    public static MaxCutSolution Tabu(Graph g, Random rng, int? iterations = null, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default,
        SearchBudget? budget = null) =>
        FromQubo(g, TabuSearch.Minimize(MaxCut.MinimizationQubo(g), rng, iterations, progress, cancellationToken, budget));

    /// <summary>Converts a solution of the −C QUBO into a cut.</summary>
    public static MaxCutSolution FromQubo(Graph g, QuboSolution s) => new(MaxCut.CutValue(g, s.Bits), s.Bits, s.Method, s.Seconds);
}
