using System.Diagnostics;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Exact minimisation by exhaustive Gray-code enumeration of all 2^n assignments (O(1) work per state,
/// parallel over blocks of high bits; see the kernel notes on <see cref="Qubo.Diagonal"/>). Ties go to the first state in
/// block order, then Gray-code order (deterministic). Limited to <see cref="MaxVariables"/> variables.
/// </summary>
public static class BruteForce
{
    /// <summary>Largest n accepted (2^36 states take minutes on two cores).</summary>
    public const int MaxVariables = 36;

    /// <summary>Exact minimum; the token is checked per block of 2^20 states (cancellation throws <see cref="OperationCanceledException"/>).</summary>
    public static QuboSolution Minimize(Qubo q, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (q.NumVariables > MaxVariables) throw new QuantumAppsException($"brute force: {q.NumVariables} variables exceed the limit of {MaxVariables}");
        var sw = Stopwatch.StartNew();
        if (q.NumVariables == 0) return new QuboSolution(q.Offset, "", "exact", sw.Elapsed.TotalSeconds, "enumerated 1 state");
        QuboKernels.Enumerate(q, null, out double e, out ulong idx, progress, cancellationToken);
        return new QuboSolution(e, Bits.ToString(Bits.FromIndex(idx, q.NumVariables)), "exact", sw.Elapsed.TotalSeconds, $"enumerated 2^{q.NumVariables} states");
    }

    public static QuboSolution Minimize(IsingModel ising) => Minimize(ising.ToQubo());

    /// <summary>
    /// Exact max cut. The flip symmetry C(x) = C(x̄) lets us fix the last node on side 0, halving the work.
    /// </summary>
    public static MaxCutSolution MaxCut(Graph g, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        if (g.NodeCount > MaxVariables + 1) throw new QuantumAppsException($"exact maxcut: {g.NodeCount} nodes exceed the limit of {MaxVariables + 1}");
        if (g.NodeCount == 0) return new MaxCutSolution(0, "", "exact", 0);
        var q = Problems.MaxCut.MinimizationQubo(g).FixLastVariable(false);
        var s = Minimize(q, progress, cancellationToken);
        string assignment = s.Bits + "0";
        return new MaxCutSolution(Problems.MaxCut.CutValue(g, assignment), assignment, "exact", sw.Elapsed.TotalSeconds);
    }
}
