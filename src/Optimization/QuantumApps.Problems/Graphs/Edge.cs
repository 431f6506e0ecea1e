namespace QuantumApps.Problems.Graphs;

/// <summary>
/// An undirected weighted edge between nodes <see cref="U"/> &lt; <see cref="V"/> (0-based).
/// <see cref="Graph"/> always stores edges with U &lt; V.
/// </summary>
public readonly record struct Edge(int U, int V, double Weight);
