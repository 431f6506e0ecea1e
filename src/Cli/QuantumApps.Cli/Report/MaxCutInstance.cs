using QuantumApps.Problems.Graphs;

namespace QuantumApps.Cli.Report;

/// <summary>
/// One seeded random 3-regular graph of the MaxCut section: the brute-force optimum C_max and time, the cuts and times of
/// Goemans–Williamson, simulated annealing and tabu search (ratio = cut / C_max), QAOA at depths 1…P, and
/// the like-against-like comparison under one wall-time budget (<see cref="MaxCutBudgetRun"/>).
/// </summary>
public sealed record MaxCutInstance(
    int N, Graph Graph, double Optimum, double ExactSeconds,
    double GwCut, double GwSeconds, double AnnealingCut, double AnnealingSeconds, double TabuCut, double TabuSeconds,
    IReadOnlyList<MaxCutQaoaRun> Qaoa, MaxCutBudgetRun? Budgeted = null)
{
    /// <summary>Goemans–Williamson cut / C_max.</summary>
    public double GwRatio => GwCut / Optimum;

    /// <summary>Simulated annealing cut / C_max.</summary>
    public double AnnealingRatio => AnnealingCut / Optimum;

    /// <summary>Tabu search cut / C_max.</summary>
    public double TabuRatio => TabuCut / Optimum;
}
