using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One TSPLIB instance of the routing scaling table: the qubits (N−1)² and CNOTs per QAOA layer (2 per quadratic QUBO
/// term) QAOA would need, the Held–Karp and 2-opt tours, and the published optimum (0 when not known).
/// </summary>
public sealed record TspScalingRow(string Name, TspInstance Instance, int Qubits, int CnotsPerLayer, TourSolution HeldKarp, TourSolution TwoOpt, double KnownOptimum);
