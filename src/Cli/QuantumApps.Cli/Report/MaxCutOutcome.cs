using QuantumApps.Problems.Graphs;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Everything the MaxCut section shows: the mode, the largest QAOA depth and one <see cref="MaxCutInstance"/> per graph
/// size; the headline properties (for the hardware and claims sections) describe the largest graph at its largest depth.
/// </summary>
public sealed record MaxCutOutcome(bool Quick, int MaxDepth, IReadOnlyList<MaxCutInstance> Instances)
{
    private MaxCutInstance Last => Instances[^1];

    private MaxCutQaoaRun Deepest => Last.Qaoa[^1];

    /// <summary>Nodes of the largest graph.</summary>
    public int N => Last.N;

    /// <summary>QAOA depth reached on the largest graph.</summary>
    public int Depth => Deepest.Depth;

    /// <summary>The largest graph.</summary>
    public Graph Graph => Last.Graph;

    /// <summary>Optimised γ of the deepest QAOA on the largest graph.</summary>
    public IReadOnlyList<double> Gammas => Deepest.Gammas;

    /// <summary>Optimised β of the deepest QAOA on the largest graph.</summary>
    public IReadOnlyList<double> Betas => Deepest.Betas;

    /// <summary>⟨C⟩/C_max of the deepest QAOA on the largest graph.</summary>
    public double QaoaRatio => Deepest.ApproximationRatio;

    /// <summary>Probability per shot of measuring an optimal cut (deepest QAOA, largest graph).</summary>
    public double QaoaProbabilityOptimal => Deepest.ProbabilityOptimal;

    /// <summary>Wall time of the deepest QAOA on the largest graph (s).</summary>
    public double QaoaSeconds => Deepest.Seconds;

    /// <summary>Tabu search cut / C_max on the largest graph.</summary>
    public double TabuRatio => Last.TabuRatio;

    /// <summary>Simulated annealing cut / C_max on the largest graph.</summary>
    public double AnnealingRatio => Last.AnnealingRatio;

    /// <summary>Goemans–Williamson cut / C_max on the largest graph.</summary>
    public double GwRatio => Last.GwRatio;

    /// <summary>Brute-force wall time on the largest graph (s).</summary>
    public double ExactSeconds => Last.ExactSeconds;

    /// <summary>Tabu search wall time on the largest graph (s).</summary>
    public double TabuSeconds => Last.TabuSeconds;

    /// <summary>Graphs on which QAOA at its largest depth has a higher ratio than tabu search.</summary>
    public int QaoaWinsOverTabu => Instances.Count(i => i.Qaoa[^1].ApproximationRatio > i.TabuRatio);

    /// <summary>Number of graphs.</summary>
    public int InstanceCount => Instances.Count;
}
