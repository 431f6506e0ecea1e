using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One small TSP instance of the routing section: Held–Karp and 2-opt tours, QAOA at depths 1…P on the one-hot QUBO with
/// city 0 fixed (<see cref="Qubits"/> = (N−1)² variables; of the 2^q bitstrings <see cref="FeasibleCount"/> are tours and
/// <see cref="OptimalCount"/> optimal ones), the random-valid-tour baseline computed exactly by enumerating the
/// <see cref="Tours"/> = (N−1)! orders of cities 1…N−1 (<see cref="OptimalTours"/> of them optimal, each cycle once per
/// direction; their mean length <see cref="RandomTourMeanLength"/>), the mean QUBO value over all bitstrings (a uniformly
/// random bitstring's ⟨H⟩), the CNOTs of one QAOA layer and the like-against-like comparison (<see cref="TspBudgetRun"/>).
/// </summary>
/// <param name="Key">File-name key of the instance (<c>burma14-1to4</c>, <c>random4</c>, …).</param>
/// <param name="Instance">The instance (its Name is the text shown).</param>
/// <param name="HeldKarp">Held–Karp's exact tour.</param>
/// <param name="TwoOpt">Nearest neighbour + 2-opt.</param>
/// <param name="Qaoa">QAOA at depths 1…P.</param>
/// <param name="CostScale">The longest distance: QAOA was optimised on the QUBO divided by it (angles reported on the unscaled QUBO).</param>
/// <param name="Qubits">QUBO variables (N−1)².</param>
/// <param name="FeasibleCount">Bitstrings that decode to a tour.</param>
/// <param name="OptimalCount">Bitstrings that decode to an optimal tour.</param>
/// <param name="Tours">Tours with city 0 first: (N−1)!.</param>
/// <param name="OptimalTours">Of those, the optimal ones (by enumeration, independent of the QUBO).</param>
/// <param name="RandomTourMeanLength">Mean length over all <see cref="Tours"/>: a uniformly random valid tour's expected length.</param>
/// <param name="UniformExpectation">Mean QUBO value over all 2^q bitstrings: ⟨H⟩ of the uniform superposition |+⟩^q (QAOA at γ = β = 0).</param>
/// <param name="CnotsPerLayer">CNOTs of one cost layer e^(−iγH) (2 per quadratic QUBO term, all-to-all).</param>
/// <param name="Budgeted">The like-against-like comparison.</param>
public sealed record RoutingInstance(string Key, TspInstance Instance, TourSolution HeldKarp, TourSolution TwoOpt, IReadOnlyList<RoutingQaoaRun> Qaoa,
    double CostScale, int Qubits, int FeasibleCount, int OptimalCount, int Tours, int OptimalTours, double RandomTourMeanLength,
    double UniformExpectation, int CnotsPerLayer, TspBudgetRun Budgeted)
{
    /// <summary>2^q bitstrings.</summary>
    public long Bitstrings => 1L << Qubits;

    /// <summary>Exact probability that a uniformly random valid tour is optimal: <see cref="OptimalTours"/>/<see cref="Tours"/> (1/3 for 4 cities with a unique shortest cycle).</summary>
    public double RandomTourProbabilityOptimal => OptimalTours / (double)Tours;

    /// <summary>The QAOA run at the depth chosen by the budget.</summary>
    public RoutingQaoaRun Chosen => Qaoa[Budgeted.Depth - 1];

    /// <summary>P(optimal tour) per shot of QAOA at the chosen depth over that of a random valid tour (&gt; 1: QAOA finds the optimum more often).</summary>
    public double QaoaOverRandomTour => Chosen.ProbabilityOptimal / RandomTourProbabilityOptimal;
}
