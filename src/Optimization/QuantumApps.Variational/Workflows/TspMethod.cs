namespace QuantumApps.Variational.Workflows;

/// <summary>The methods of <see cref="TspComparison"/>; CLI names in <see cref="MethodNames.Tsp"/>.</summary>
public enum TspMethod
{
    /// <summary>Held–Karp dynamic programme.</summary>
    Exact,

    /// <summary>Nearest neighbour, then 2-opt and Or-opt.</summary>
    NearestNeighbourTwoOpt,

    /// <summary>Simulated annealing with 2-opt moves.</summary>
    Sa,

    /// <summary>Iterated local search: neighbour-list 2-opt + Or-opt with don't-look bits and double-bridge kicks.</summary>
    Ils,

    /// <summary>Google OR-Tools' routing solver with guided local search (a baseline).</summary>
    OrTools,

    /// <summary>QAOA on the one-hot TSP QUBO (best feasible sample).</summary>
    Qaoa,

    /// <summary>Quantum annealing on the one-hot TSP QUBO beside SA and SQA time to solution (run only when named).</summary>
    Anneal,
}
