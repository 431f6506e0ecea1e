namespace QuantumApps.Variational.Workflows;

/// <summary>The methods of <see cref="VrpComparison"/>; CLI names in <see cref="MethodNames.Vrp"/>.</summary>
public enum VrpMethod
{
    /// <summary>Exact set partitioning over customer subsets.</summary>
    Exact,

    /// <summary>Clarke–Wright savings with 2-opt/Or-opt and fleet repair.</summary>
    ClarkeWright,

    /// <summary>Google OR-Tools' routing solver with guided local search (a baseline).</summary>
    OrTools,

    /// <summary>Iterated local search: ruin-and-recreate, relocate/swap/2-opt*/2-opt descent, under the search budget.</summary>
    Ils,
}
