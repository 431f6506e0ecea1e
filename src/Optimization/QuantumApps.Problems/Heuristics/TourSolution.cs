namespace QuantumApps.Problems.Heuristics;

/// <summary>A closed TSP tour starting at city 0, its length, method, seconds.</summary>
public sealed record TourSolution(double Length, IReadOnlyList<int> Tour, string Method, double Seconds);
