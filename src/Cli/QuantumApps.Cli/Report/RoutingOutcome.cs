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
}
