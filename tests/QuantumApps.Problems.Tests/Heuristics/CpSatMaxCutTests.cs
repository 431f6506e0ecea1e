using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.Heuristics;

public class CpSatMaxCutTests
{
    /// <summary>Cut values are sums of ≤ 60 weights with at most one decimal; 1e-9 absorbs reordering of the sums.</summary>
    private const double CutTolerance = 1e-9;

    [Fact]
    public void CpSat_proves_the_brute_force_optimum_on_small_weighted_graphs()
    {
        // Oracle: BruteForce.MaxCut (Gray-code enumeration of all cuts), sharing no code with the CP-SAT model; the
        // CP-SAT cut is re-evaluated from its assignment with the original (signed, one-decimal) weights.
        for (int seed = 0; seed < 5; seed++)
        {
            var rng = new Random(seed);
            var g = new Graph(11, GraphGenerators.ErdosRenyi(11, 0.5, rng).Edges.Select(e => e with { Weight = rng.Next(-20, 60) / 10.0 }));
            double exact = BruteForce.MaxCut(g).Cut;
            var r = CpSatMaxCut.Solve(g, seed, new SearchBudget(TimeLimitSeconds: 20));
            Assert.True(r.ProvedOptimal, $"seed {seed}: not proved within 20 s");
            Assert.Equal(exact, r.Cut, CutTolerance);
            Assert.Equal(r.Cut, MaxCut.CutValue(g, r.Assignment), CutTolerance);
            Assert.Equal(r.Cut, r.UpperBound, CutTolerance);
        }
    }

    [Fact]
    public void CpSat_refuses_weights_it_cannot_make_integral()
    {
        var third = new Graph(3, [new Edge(0, 1, 1.0 / 3), new Edge(1, 2, 1)]);
        Assert.Contains("integers after scaling", Assert.Throws<QuantumAppsException>(() => CpSatMaxCut.Solve(third, 1)).Message);
        var huge = new Graph(3, [new Edge(0, 1, 1e308), new Edge(1, 2, 1e308)]);
        Assert.Contains("2^53", Assert.Throws<QuantumAppsException>(() => CpSatMaxCut.Solve(huge, 1)).Message);
        Assert.Equal(10.0, CpSatMaxCut.IntegerWeights(new Graph(2, [new Edge(0, 1, 0.5)])).Scale);
    }
}
