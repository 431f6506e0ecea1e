using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator.Circuits;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the routing section shows: the 4-city instance with its Held–Karp and 2-opt tours, QAOA at depths 1…P on
/// its one-hot QUBO (<see cref="Tsp4Qubits"/> variables, 2^q bitstrings of which <see cref="Tsp4FeasibleCount"/> are
/// tours and <see cref="Tsp4OptimalCount"/> optimal ones), the gate-level circuit of the deepest QAOA and its CNOTs per
/// layer, and one scaling row per TSPLIB instance found (burma14, ulysses16).
/// </summary>
public sealed record RoutingOutcome(
    TspInstance Tsp4,
    TourSolution HeldKarp,
    TourSolution TwoOpt,
    IReadOnlyList<RoutingQaoaRun> Qaoa,
    int Tsp4Qubits,
    int Tsp4Bitstrings,
    int Tsp4FeasibleCount,
    int Tsp4OptimalCount,
    IReadOnlyList<TspScalingRow> Scaling,
    int Burma14Qubits,
    int Burma14Cnots,
    double HeldKarpSecondsBurma14,
    int Tsp4Cnots,
    Circuit Tsp4Circuit)
{
    /// <summary>P(optimal tour) per shot of the deepest QAOA.</summary>
    public double Tsp4ProbabilityOptimal => Qaoa[^1].ProbabilityOptimal;

    /// <summary>P(valid tour) per shot of the deepest QAOA.</summary>
    public double Tsp4ProbabilityFeasible => Qaoa[^1].ProbabilityFeasible;

    /// <summary>Fraction of all bitstrings that are tours (a uniformly random bitstring's chance).</summary>
    public double Tsp4UniformFeasible => Tsp4FeasibleCount / (double)Tsp4Bitstrings;

    /// <summary>Fraction of all bitstrings that are optimal tours.</summary>
    public double Tsp4UniformOptimal => Tsp4OptimalCount / (double)Tsp4Bitstrings;

    /// <summary>Held–Karp wall time on the 4-city instance (s).</summary>
    public double Tsp4ClassicalSeconds => HeldKarp.Seconds;

    /// <summary>
    /// Probability that a uniformly random valid tour (one of the <see cref="Tsp4FeasibleCount"/> tours, city 0 fixed,
    /// both directions) is optimal: optimal tours / tours. For 4 cities, 2 of 6 (1/3).
    /// </summary>
    public double Tsp4RandomTourOptimal => Tsp4OptimalCount / (double)Tsp4FeasibleCount;

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>routing.*</c>): the deepest TSP-4 QAOA's P(valid tour) and
    /// P(optimal tour) per shot, the random-valid-tour and uniform-bitstring baselines, QAOA's P(optimal) relative to a
    /// random tour, Held–Karp times (s) and the qubits burma14 would need (0 when its file was not found).
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements() => new Dictionary<string, double>
    {
        ["routing.tsp4.qaoa_depth"] = Qaoa[^1].Depth,
        ["routing.tsp4.qubits"] = Tsp4Qubits,
        ["routing.tsp4.qaoa_p_feasible"] = Tsp4ProbabilityFeasible,
        ["routing.tsp4.qaoa_p_optimal"] = Tsp4ProbabilityOptimal,
        ["routing.tsp4.random_tour_p_optimal"] = Tsp4RandomTourOptimal,
        ["routing.tsp4.uniform_p_feasible"] = Tsp4UniformFeasible,
        ["routing.tsp4.qaoa_over_random_tour"] = Tsp4ProbabilityOptimal / Tsp4RandomTourOptimal,
        ["routing.tsp4.held_karp_seconds"] = Tsp4ClassicalSeconds,
        ["routing.burma14.qubits"] = Burma14Qubits,
        ["routing.burma14.cnots_per_layer"] = Burma14Cnots,
        ["routing.burma14.held_karp_seconds"] = HeldKarpSecondsBurma14,
    };
}
