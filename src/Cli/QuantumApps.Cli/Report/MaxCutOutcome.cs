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

    /// <summary>Graphs on which QAOA's best of K shots beat both heuristics' best of K restarts in the same wall time.</summary>
    public int BudgetQaoaWins => Instances.Count(i => i.Budgeted is { } b && b.QaoaBestOfK > b.HeuristicBestOfK);

    /// <summary>Graphs on which QAOA's best of K shots equalled the better heuristic's best of K restarts in the same wall time.</summary>
    public int BudgetQaoaTies => Instances.Count(i => i.Budgeted is { } b && b.QaoaBestOfK == b.HeuristicBestOfK);

    /// <summary>Number of graphs.</summary>
    public int InstanceCount => Instances.Count;

    /// <summary>
    /// The measurements the claims catalogue reads (keys <c>maxcut.*</c>), all on the largest graph at the largest depth
    /// unless named otherwise: ratios of QAOA (⟨C⟩/C_max) and of the heuristics (cut/C_max), QAOA wins over tabu across
    /// all graphs, P(optimum) per QAOA shot against a uniformly random bitstring (optimal bitstrings / 2^n) and their
    /// ratio (the amplification by interference), and wall times (s); under <c>maxcut.budget.*</c> the like-against-like
    /// comparison (<see cref="MaxCutBudgetRun"/>): QAOA wins and ties against the better heuristic's best of K restarts in
    /// QAOA's wall time (all graphs), graphs on which the heuristics reached the optimum, and on the largest graph the
    /// chosen depth, QAOA's best of K and ⟨C⟩ over C_max, and ⟨C⟩ over the random assignment's W/2.
    /// </summary>
    public IReadOnlyDictionary<string, double> Measurements()
    {
        var diag = QuantumApps.Problems.MaxCut.CostOperator(Graph).Diagonal();
        double optimum = Last.Optimum;
        double uniform = diag.Count(v => Math.Abs(v - optimum) < 1e-9) / (double)diag.Length;
        var m = new Dictionary<string, double>
        {
            ["maxcut.largest_n"] = N,
            ["maxcut.depth"] = Depth,
            ["maxcut.instances"] = InstanceCount,
            ["maxcut.qaoa_ratio"] = QaoaRatio,
            ["maxcut.tabu_ratio"] = TabuRatio,
            ["maxcut.gw_ratio"] = GwRatio,
            ["maxcut.annealing_ratio"] = AnnealingRatio,
            ["maxcut.qaoa_wins_over_tabu"] = QaoaWinsOverTabu,
            ["maxcut.qaoa_p_optimal"] = QaoaProbabilityOptimal,
            ["maxcut.uniform_p_optimal"] = uniform,
            ["maxcut.qaoa_amplification"] = QaoaProbabilityOptimal / uniform,
            ["maxcut.qaoa_seconds"] = QaoaSeconds,
            ["maxcut.tabu_seconds"] = TabuSeconds,
            ["maxcut.exact_seconds"] = ExactSeconds,
        };
        if (Instances.All(i => i.Budgeted is not null))
        {
            var b = Last.Budgeted!;
            m["maxcut.budget.k"] = b.K;
            m["maxcut.budget.seconds"] = b.BudgetSeconds;
            m["maxcut.budget.qaoa_wins"] = BudgetQaoaWins;
            m["maxcut.budget.qaoa_ties"] = BudgetQaoaTies;
            m["maxcut.budget.heuristic_optimal"] = Instances.Count(i => i.Budgeted!.HeuristicBestOfK >= i.Optimum - 1e-9);
            m["maxcut.budget.depth"] = b.Depth;
            m["maxcut.budget.qaoa_best_ratio"] = b.QaoaBestOfK / optimum;
            m["maxcut.budget.heuristic_best_ratio"] = b.HeuristicBestOfK / optimum;
            m["maxcut.budget.qaoa_ratio"] = b.QaoaExpectation / optimum;
            m["maxcut.budget.random_ratio"] = b.RandomExpectation / optimum;
            m["maxcut.budget.qaoa_over_random"] = b.QaoaExpectation / b.RandomExpectation;
        }
        return m;
    }
}
