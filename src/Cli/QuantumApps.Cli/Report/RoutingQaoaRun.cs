namespace QuantumApps.Cli.Report;

/// <summary>
/// QAOA at depth p on the TSP-4 QUBO (minimised): the best tour length among 1000 seeded shots (feasible samples only),
/// the probability per shot of a valid tour and of an optimal one, and the wall time.
/// </summary>
public sealed record RoutingQaoaRun(int Depth, double BestSampledCost, double ProbabilityFeasible, double ProbabilityOptimal, double Seconds);
