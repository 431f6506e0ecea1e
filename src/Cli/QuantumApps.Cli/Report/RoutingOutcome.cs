using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the routing section shows: the small TSP instances (<see cref="RoutingInstance"/>: 4 cities from burma14 and a
/// seeded random 4-city instance; full mode adds 5 cities from burma14), each with QAOA at depths 1…P, the random-valid-tour
/// baseline and the like-against-like comparison; the gate-level circuit of the deepest QAOA on the first instance (for
/// the hardware section); and one scaling row per TSPLIB instance found (burma14, ulysses16). The <c>Tsp4…</c>
/// properties describe the first instance.
/// </summary>
public sealed record RoutingOutcome(
    IReadOnlyList<RoutingInstance> Instances,
    IReadOnlyList<TspScalingRow> Scaling,
    int Burma14Qubits,
    int Burma14Cnots,
    double HeldKarpSecondsBurma14,
    Circuit Tsp4Circuit)
{
    private RoutingInstance First => Instances[0];

    /// <summary>The first 4-city instance.</summary>
    public TspInstance Tsp4 => First.Instance;

    /// <summary>Held–Karp on the first instance.</summary>
    public TourSolution HeldKarp => First.HeldKarp;

    /// <summary>2-opt on the first instance.</summary>
    public TourSolution TwoOpt => First.TwoOpt;

    /// <summary>QAOA at depths 1…P on the first instance.</summary>
    public IReadOnlyList<RoutingQaoaRun> Qaoa => First.Qaoa;

    /// <summary>QUBO variables of the first instance.</summary>
    public int Tsp4Qubits => First.Qubits;

    /// <summary>Bitstrings of the first instance's QUBO.</summary>
    public long Tsp4Bitstrings => First.Bitstrings;

    /// <summary>Bitstrings of the first instance that are tours.</summary>
    public int Tsp4FeasibleCount => First.FeasibleCount;

    /// <summary>Bitstrings of the first instance that are optimal tours.</summary>
    public int Tsp4OptimalCount => First.OptimalCount;

    /// <summary>CNOTs of one QAOA cost layer on the first instance.</summary>
    public int Tsp4Cnots => First.CnotsPerLayer;

    /// <summary>P(optimal tour) per shot of the deepest QAOA on the first instance.</summary>
    public double Tsp4ProbabilityOptimal => Qaoa[^1].ProbabilityOptimal;

    /// <summary>P(valid tour) per shot of the deepest QAOA on the first instance.</summary>
    public double Tsp4ProbabilityFeasible => Qaoa[^1].ProbabilityFeasible;

    /// <summary>Fraction of all bitstrings that are tours (a uniformly random bitstring's chance).</summary>
    public double Tsp4UniformFeasible => Tsp4FeasibleCount / (double)Tsp4Bitstrings;

    /// <summary>Fraction of all bitstrings that are optimal tours.</summary>
    public double Tsp4UniformOptimal => Tsp4OptimalCount / (double)Tsp4Bitstrings;

    /// <summary>Held–Karp wall time on the first instance (s).</summary>
    public double Tsp4ClassicalSeconds => HeldKarp.Seconds;

    /// <summary>Probability that a uniformly random valid tour of the first instance is optimal (exact; 1/3 for 4 cities with a unique shortest cycle).</summary>
    public double Tsp4RandomTourOptimal => First.RandomTourProbabilityOptimal;

    /// <summary>Instances on which QAOA's best valid tour of K shots was shorter than annealing's best of K restarts in the same wall time.</summary>
    public int BudgetQaoaWins => Instances.Count(i => i.Budgeted.QaoaBestOfK < i.Budgeted.AnnealingBestOfK);

    /// <summary>Instances on which the two were equal.</summary>
    public int BudgetQaoaTies => Instances.Count(i => i.Budgeted.QaoaBestOfK == i.Budgeted.AnnealingBestOfK);

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>routing.*</c>). <c>routing.tsp4.*</c>: the first instance with
    /// its deepest QAOA (P(valid tour), P(optimal tour) per shot, the random-valid-tour and uniform-bitstring baselines, QAOA's
    /// P(optimal) over the random tour's, Held–Karp seconds). <c>routing.budget.*</c>, the like-against-like comparison over
    /// all instances: QAOA wins and ties against annealing's best of K restarts in QAOA's wall time, instances where QAOA's /
    /// annealing's / the random tours' best of K was optimal, the smallest and largest ratio of QAOA's P(optimal) at the
    /// chosen depth to the random tour's, the smallest P(valid tour) at the chosen depth, the largest ratio of QAOA's mean
    /// valid-tour length to the random tour's mean length, the first instance's chosen depth, K and the budget.
    /// <c>routing.burma14.*</c>: the qubits and CNOTs per layer burma14 would need (0 when its file was not found) and its
    /// Held–Karp time.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        double Optimal(RoutingInstance i, double length) => length <= i.HeldKarp.Length + 1e-6 * Math.Max(1, i.HeldKarp.Length) ? 1 : 0;
        return new Dictionary<string, double>
        {
            ["routing.tsp4.qaoa_depth"] = Qaoa[^1].Depth,
            ["routing.tsp4.qubits"] = Tsp4Qubits,
            ["routing.tsp4.qaoa_p_feasible"] = Tsp4ProbabilityFeasible,
            ["routing.tsp4.qaoa_p_optimal"] = Tsp4ProbabilityOptimal,
            ["routing.tsp4.random_tour_p_optimal"] = Tsp4RandomTourOptimal,
            ["routing.tsp4.uniform_p_feasible"] = Tsp4UniformFeasible,
            ["routing.tsp4.qaoa_over_random_tour"] = Tsp4ProbabilityOptimal / Tsp4RandomTourOptimal,
            ["routing.tsp4.held_karp_seconds"] = Tsp4ClassicalSeconds,
            ["routing.instances"] = Instances.Count,
            ["routing.budget.k"] = First.Budgeted.K,
            ["routing.budget.seconds"] = First.Budgeted.BudgetSeconds,
            ["routing.budget.depth"] = First.Budgeted.Depth,
            ["routing.budget.qaoa_wins"] = BudgetQaoaWins,
            ["routing.budget.qaoa_ties"] = BudgetQaoaTies,
            ["routing.budget.qaoa_optimal"] = Instances.Sum(i => Optimal(i, i.Budgeted.QaoaBestOfK)),
            ["routing.budget.heuristic_optimal"] = Instances.Sum(i => Optimal(i, i.Budgeted.AnnealingBestOfK)),
            ["routing.budget.random_optimal"] = Instances.Sum(i => Optimal(i, i.Budgeted.RandomBestOfK)),
            ["routing.budget.qaoa_over_random_tour_min"] = Instances.Min(i => i.QaoaOverRandomTour),
            ["routing.budget.qaoa_over_random_tour_max"] = Instances.Max(i => i.QaoaOverRandomTour),
            ["routing.budget.qaoa_p_feasible_min"] = Instances.Min(i => i.Chosen.ProbabilityFeasible),
            ["routing.budget.qaoa_mean_over_random_mean_max"] = Instances.Max(i => i.Chosen.MeanValidLength / i.RandomTourMeanLength),
            ["routing.burma14.qubits"] = Burma14Qubits,
            ["routing.burma14.cnots_per_layer"] = Burma14Cnots,
            ["routing.burma14.held_karp_seconds"] = HeldKarpSecondsBurma14,
        };
    }
}
