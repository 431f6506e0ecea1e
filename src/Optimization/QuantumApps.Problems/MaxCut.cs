using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Problems;

/// <summary>
/// Weighted MaxCut. Node i is on side x_i ∈ {0, 1} (bit/qubit i; assignment strings node 0 first), spin
/// s_i = 1 − 2x_i. The cut value, to be MAXIMISED, is
/// C(x) = Σ_(ij∈E) w_ij (x_i + x_j − 2 x_i x_j) = Σ_(ij∈E) w_ij (1 − s_i s_j)/2,
/// and as an operator C = Σ w_ij (1 − Z_i Z_j)/2 (the QAOA cost, maximised). Our QUBO/Ising types are
/// minimised, so <see cref="MinimizationQubo"/> and <see cref="MinimizationIsing"/> encode −C:
/// min(−C) = −maxcut. Both sign conventions are exposed with explicit names.
/// </summary>
public static class MaxCut
{
    /// <summary>C(x) for the assignment (true = side 1).</summary>
    public static double CutValue(Graph g, ReadOnlySpan<bool> sides)
    {
        if (sides.Length != g.NodeCount) throw new QuantumAppsException($"maxcut: assignment has {sides.Length} entries for {g.NodeCount} nodes");
        double c = 0;
        foreach (var e in g.Edges) if (sides[e.U] != sides[e.V]) c += e.Weight;
        return c;
    }

    /// <summary>C(x) for an assignment string of '0'/'1', node 0 first.</summary>
    public static double CutValue(Graph g, string assignment) => CutValue(g, Bits.Parse(assignment));

    /// <summary>QUBO whose energy is −C(x): Q_ii = −Σ_j w_ij, Q_ij = 2 w_ij, offset 0.</summary>
    public static Qubo MinimizationQubo(Graph g)
    {
        var b = new QuboBuilder(g.NodeCount);
        foreach (var e in g.Edges) b.AddLinear(e.U, -e.Weight).AddLinear(e.V, -e.Weight).AddPair(e.U, e.V, 2 * e.Weight);
        return b.ToQubo();
    }

    /// <summary>
    /// The QAOA cost operator C = Σ_(ij) w_ij (1 − Z_i Z_j)/2 = (W/2)·I − Σ (w_ij/2) Z_i Z_j, to be MAXIMISED
    /// (qubit i = node i). ⟨x|C|x⟩ = cut value of assignment x.
    /// </summary>
    public static PauliSum CostOperator(Graph g) => -MinimizationIsing(g).ToPauliSum();

    /// <summary>−C, for drivers that minimise: ⟨x|−C|x⟩ = −cut(x); its ground energy is −maxcut.</summary>
    public static PauliSum MinimizationOperator(Graph g) => MinimizationIsing(g).ToPauliSum();

    /// <summary>
    /// The 2^n cut values C(x) (basis index x, bit i = side of node i), i.e. the diagonal of
    /// <see cref="CostOperator"/>, computed by the Gray-code kernel without building the operator.
    /// </summary>
    public static double[] CutDiagonal(Graph g)
    {
        var d = MinimizationQubo(g).Diagonal();
        for (int i = 0; i < d.Length; i++) d[i] = -d[i];
        return d;
    }

    /// <summary>Ising model whose energy is −C(s): h = 0, J_ij = w_ij/2, offset = −W/2 (W = total weight).</summary>
    public static IsingModel MinimizationIsing(Graph g) =>
        new(g.NodeCount, new double[g.NodeCount], g.Edges.Select(e => new QuboTerm(e.U, e.V, e.Weight / 2)).ToArray(), -g.TotalWeight / 2);
}
