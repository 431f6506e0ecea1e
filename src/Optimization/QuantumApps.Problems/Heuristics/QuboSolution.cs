namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// A QUBO/Ising answer (minimised energy): <see cref="Bits"/> written variable 0 first, the energy it has,
/// the method name, wall-clock seconds and the exit reason.
/// </summary>
public sealed record QuboSolution(double Energy, string Bits, string Method, double Seconds, string ExitReason);
