namespace QuantumApps.Problems.Heuristics;

/// <summary>A MaxCut answer: cut value C (maximised), assignment string node 0 first ('1' = side 1), method, seconds.</summary>
public sealed record MaxCutSolution(double Cut, string Assignment, string Method, double Seconds);
