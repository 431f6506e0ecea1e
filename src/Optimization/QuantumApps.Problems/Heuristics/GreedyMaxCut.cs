using System.Diagnostics;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Deterministic greedy MaxCut: nodes are placed in order of decreasing weighted degree (ties: lower id first),
/// each on the side that cuts more weight to the already placed nodes (ties: side 0).
/// </summary>
public static class GreedyMaxCut
{
    public static MaxCutSolution Solve(Graph g)
    {
        var sw = Stopwatch.StartNew();
        int n = g.NodeCount;
        var order = Enumerable.Range(0, n).OrderByDescending(g.WeightedDegree).ThenBy(i => i).ToArray();
        var placed = new bool[n];
        var side = new bool[n];
        foreach (int u in order)
        {
            double to0 = 0, to1 = 0;
            var nb = g.Neighbors(u);
            var w = g.NeighborWeights(u);
            for (int k = 0; k < nb.Length; k++)
                if (placed[nb[k]]) { if (side[nb[k]]) to1 += w[k]; else to0 += w[k]; }
            side[u] = to0 > to1;
            placed[u] = true;
        }
        return new MaxCutSolution(MaxCut.CutValue(g, side), Bits.ToString(side), "greedy", sw.Elapsed.TotalSeconds);
    }
}
