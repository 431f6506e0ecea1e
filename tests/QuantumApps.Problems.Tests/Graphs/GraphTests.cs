using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.Graphs;

public class GraphTests
{
    /// <summary>Shortest-path sums of a few doubles: rounding ~1e-15 relative.</summary>
    private const double PathTolerance = 1e-9;

    [Fact]
    public void Petersen_IsCubicWith15Edges()
    {
        // Petersen graph: 10 vertices, 15 edges, 3-regular (standard definition).
        var g = GraphGenerators.Petersen();
        Assert.Equal(10, g.NodeCount);
        Assert.Equal(15, g.EdgeCount);
        for (int v = 0; v < 10; v++) Assert.Equal(3, g.Degree(v));
        Assert.True(g.IsConnected());
        Assert.Equal(15.0, g.TotalWeight);
    }

    [Fact]
    public void Cube_HasEightNodesTwelveEdges()
    {
        // Q3: 2^3 vertices, 3·2^2 = 12 edges, 3-regular.
        var g = GraphGenerators.Cube();
        Assert.Equal(8, g.NodeCount);
        Assert.Equal(12, g.EdgeCount);
        Assert.All(Enumerable.Range(0, 8), v => Assert.Equal(3, g.Degree(v)));
    }

    [Fact]
    public void CompleteAndRing_HaveExpectedSizes()
    {
        Assert.Equal(7 * 6 / 2, GraphGenerators.Complete(7).EdgeCount);
        var ring = GraphGenerators.Ring(6);
        Assert.Equal(6, ring.EdgeCount);
        Assert.Equal(1.0, ring.Weight(5, 0));
        Assert.Null(ring.Weight(0, 3));
    }

    [Theory]
    [InlineData(10, 3, 1)]
    [InlineData(16, 4, 2)]
    [InlineData(20, 3, 3)]
    public void RandomRegular_IsRegularSimpleAndReproducible(int n, int d, int seed)
    {
        var a = GraphGenerators.RandomRegular(n, d, new Random(seed));
        var b = GraphGenerators.RandomRegular(n, d, new Random(seed));
        Assert.Equal(a, b);
        Assert.Equal(n * d / 2, a.EdgeCount);
        for (int v = 0; v < n; v++) Assert.Equal(d, a.Degree(v));
    }

    [Fact]
    public void RandomRegular_RejectsOddStubCount()
    {
        var ex = Assert.Throws<QuantumAppsException>(() => GraphGenerators.RandomRegular(5, 3, new Random(1)));
        Assert.Contains("even", ex.Message);
    }

    [Fact]
    public void ErdosRenyi_IsReproducibleAndExtremesAreExact()
    {
        Assert.Equal(GraphGenerators.ErdosRenyi(12, 0.4, new Random(5)), GraphGenerators.ErdosRenyi(12, 0.4, new Random(5)));
        Assert.Equal(0, GraphGenerators.ErdosRenyi(8, 0, new Random(1)).EdgeCount);
        Assert.Equal(28, GraphGenerators.ErdosRenyi(8, 1, new Random(1)).EdgeCount);
    }

    [Fact]
    public void Constructor_RejectsSelfLoopsDuplicatesAndNonFinite()
    {
        Assert.Contains("self-loop", Assert.Throws<QuantumAppsException>(() => new Graph(3, [new Edge(1, 1, 1)])).Message);
        Assert.Contains("duplicate", Assert.Throws<QuantumAppsException>(() => new Graph(3, [new Edge(0, 1, 1), new Edge(1, 0, 2)])).Message);
        Assert.Contains("non-finite", Assert.Throws<QuantumAppsException>(() => new Graph(3, [new Edge(0, 1, double.NaN)])).Message);
    }

    [Fact]
    public void Dijkstra_MatchesFloydWarshall_OnRandomWeightedGraphs()
    {
        // Oracle: Floyd–Warshall, an independent O(n^3) path of ours.
        for (int seed = 0; seed < 5; seed++)
        {
            var rng = new Random(seed);
            var er = GraphGenerators.ErdosRenyi(15, 0.25, rng);
            var g = new Graph(15, er.Edges.Select(e => e with { Weight = 1 + 9 * rng.NextDouble() }));
            int n = g.NodeCount;
            var fw = new double[n, n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) fw[i, j] = i == j ? 0 : double.PositiveInfinity;
            foreach (var e in g.Edges) { fw[e.U, e.V] = e.Weight; fw[e.V, e.U] = e.Weight; }
            for (int k = 0; k < n; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++)
                        if (fw[i, k] + fw[k, j] < fw[i, j]) fw[i, j] = fw[i, k] + fw[k, j];
            for (int s = 0; s < n; s++)
            {
                var d = g.ShortestPathsFrom(s);
                for (int t = 0; t < n; t++)
                {
                    if (double.IsPositiveInfinity(fw[s, t])) Assert.True(double.IsPositiveInfinity(d[t]));
                    else Assert.Equal(fw[s, t], d[t], PathTolerance);
                }
            }
            bool connected = Enumerable.Range(0, n).All(t => !double.IsPositiveInfinity(fw[0, t]));
            Assert.Equal(connected, g.IsConnected());
        }
    }

    [Fact]
    public void Dijkstra_RefusesNegativeWeights()
    {
        var g = new Graph(2, [new Edge(0, 1, -1)]);
        Assert.Contains("non-negative", Assert.Throws<QuantumAppsException>(() => g.ShortestPathsFrom(0)).Message);
    }
}
