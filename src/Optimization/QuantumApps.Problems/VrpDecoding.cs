namespace QuantumApps.Problems;

/// <summary>
/// Result of decoding a CVRP QUBO assignment: when feasible, one route per vehicle (customer node ids in visiting
/// order, possibly empty) and the total cost; otherwise the first violated constraint.
/// </summary>
public sealed record VrpDecoding(bool IsFeasible, IReadOnlyList<IReadOnlyList<int>>? Routes, double? Cost, string? Violation);
