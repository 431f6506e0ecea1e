namespace QuantumApps.Problems.IO;

/// <summary>Input file formats understood by <see cref="ProblemFiles"/>.</summary>
public enum GraphFileFormat
{
    /// <summary>Plain 0-based edge list <c>u v [w]</c> (.txt, .edges).</summary>
    EdgeList,

    /// <summary>Gset / rudy: header <c>n m</c>, 1-based <c>u v w</c> (.gset, .rudy).</summary>
    Gset,

    /// <summary>TSPLIB95 .tsp.</summary>
    Tsp,

    /// <summary>CVRPLIB .vrp.</summary>
    Vrp,
}
