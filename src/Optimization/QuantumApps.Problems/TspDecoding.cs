namespace QuantumApps.Problems;

/// <summary>
/// Result of decoding a TSP bit assignment: feasible ⇒ <see cref="Tour"/> (starting at city 0) and its
/// <see cref="Length"/>; infeasible ⇒ <see cref="Violation"/> says which one-hot constraint failed.
/// </summary>
public sealed record TspDecoding(bool IsFeasible, IReadOnlyList<int>? Tour, double? Length, string? Violation);
