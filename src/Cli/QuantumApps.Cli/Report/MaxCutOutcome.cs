using QuantumApps.Problems.Graphs;

namespace QuantumApps.Cli.Report;

/// <summary>Headline numbers of the MaxCut section at the largest size, for the hardware and claims sections.</summary>
public sealed record MaxCutOutcome(
    int N, int Depth, Graph Graph, IReadOnlyList<double> Gammas, IReadOnlyList<double> Betas,
    double QaoaRatio, double QaoaProbabilityOptimal, double QaoaSeconds,
    double TabuRatio, double AnnealingRatio, double GwRatio, double ExactSeconds, double TabuSeconds,
    int QaoaWinsOverTabu, int Instances);
