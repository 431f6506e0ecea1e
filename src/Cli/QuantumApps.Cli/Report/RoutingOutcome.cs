namespace QuantumApps.Cli.Report;

/// <summary>Headline numbers of the routing section.</summary>
public sealed record RoutingOutcome(double Tsp4ProbabilityOptimal, double Tsp4ProbabilityFeasible, int Tsp4Qubits, double HeldKarpSecondsBurma14, int Burma14Qubits, int Burma14Cnots, int Tsp4Cnots,
    QuantumApps.Simulator.Circuits.Circuit Tsp4Circuit, double Tsp4ClassicalSeconds);
