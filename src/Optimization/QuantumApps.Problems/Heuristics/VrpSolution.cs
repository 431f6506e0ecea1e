namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// A CVRP answer: routes (customer node ids, depot implicit at both ends), total cost, method, seconds and
/// <see cref="Violation"/> (null when feasible; e.g. savings may need more routes than the fleet).
/// </summary>
public sealed record VrpSolution(double Cost, IReadOnlyList<IReadOnlyList<int>> Routes, string Method, double Seconds, string? Violation);
