namespace QuantumApps.Variational.Workflows;

/// <summary>The methods of <see cref="MaxCutComparison"/>; CLI names in <see cref="MethodNames.MaxCut"/>.</summary>
public enum MaxCutMethod
{
    /// <summary>Exact Gray-code enumeration of the 2^(n−1) cuts (last node fixed).</summary>
    Exact,

    /// <summary>Goemans–Williamson: low-rank SDP, certified bound, best of seeded hyperplane roundings.</summary>
    Gw,

    /// <summary>Simulated annealing on the −C QUBO.</summary>
    Sa,

    /// <summary>Tabu search on the −C QUBO.</summary>
    Tabu,

    /// <summary>Greedy node placement.</summary>
    Greedy,

    /// <summary>One-flip local search from seeded random starts.</summary>
    Local,

    /// <summary>QAOA on the cost diagonal (best of the seeded samples).</summary>
    Qaoa,

    /// <summary>Google OR-Tools CP-SAT (exact with proof within the time limit; small graphs).</summary>
    CpSat,

    /// <summary>Quantum annealing on the simulator beside SA and SQA time to solution (run only when named).</summary>
    Anneal,
}
