namespace QuantumApps.Problems;

/// <summary>One coefficient of a QUBO or Ising model: I == J for a linear term, I &lt; J for a pair term.</summary>
public readonly record struct QuboTerm(int I, int J, double Value);
