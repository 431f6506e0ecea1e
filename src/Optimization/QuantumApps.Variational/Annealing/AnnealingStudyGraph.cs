namespace QuantumApps.Variational.Annealing;

/// <summary>Instance family of <see cref="AnnealingStudy"/>.</summary>
public enum AnnealingStudyGraph
{
    /// <summary>Seeded random 3-regular graph, unit weights (even n only).</summary>
    Regular3,

    /// <summary>Seeded Erdős–Rényi G(n, ½) with integer weights drawn uniformly from 1..10.</summary>
    Weighted,
}
