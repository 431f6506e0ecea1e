using QuantumApps.TestSupport;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.IO;

public class GraphReaderTests
{
    [Fact]
    public void EdgeList_PetersenFile_EqualsGenerator()
    {
        // data/graphs/petersen.txt was written with the same labelling as GraphGenerators.Petersen.
        Assert.Equal(GraphGenerators.Petersen(), EdgeListReader.Read(RepositoryData.Graph("petersen.txt")));
        Assert.Equal(GraphGenerators.Cube(), EdgeListReader.Read(RepositoryData.Graph("cube-q3.edges")));
    }

    [Fact]
    public void EdgeList_BenchmarkRegularGraph_EqualsSeededGeneratorAndHasMaxCut28()
    {
        // data/graphs/regular3-n20.txt (the QAOA timing graph) was written from RandomRegular(20, 3, new Random(14));
        // its max cut 28 comes from a separate Python 3 enumeration (data/graphs/README.md).
        var g = EdgeListReader.Read(RepositoryData.Graph("regular3-n20.txt"));
        Assert.Equal(GraphGenerators.RandomRegular(20, 3, new Random(14)), g);
        Assert.Equal(28.0, QuantumApps.Problems.Heuristics.BruteForce.MaxCut(g).Cut);
    }

    [Fact]
    public void EdgeList_ParsesWeightsCommentsAndDeclaredNodes()
    {
        var g = EdgeListReader.Parse("# nodes: 5\n0 1 2.5  # road\n\n1 2\n", "t.txt");
        Assert.Equal(5, g.NodeCount);
        Assert.Equal(2.5, g.Weight(1, 0));
        Assert.Equal(1.0, g.Weight(1, 2));
    }

    [Theory]
    [InlineData("0 1\n1 0 3\n", "t.txt:2: duplicate edge 1-0 rejected (first given on line 1)")]
    [InlineData("0 1\n2 2\n", "t.txt:2: self-loop at node 2 rejected")]
    [InlineData("0 1 x\n", "t.txt:1: weight 'x' is not a number")]
    [InlineData("0 1 NaN\n", "t.txt:1: weight 'NaN' is not finite")]
    [InlineData("0\n", "t.txt:1: expected 'u v [w]', got 1 fields")]
    [InlineData("# nodes: 3\n0 1\n1 5\n2 0\n", "t.txt:3: node 5 outside the declared 'nodes: 3'")]
    public void EdgeList_ErrorsNameFileAndLine(string text, string expectedStart)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => EdgeListReader.Parse(text, "t.txt"));
        Assert.StartsWith(expectedStart, ex.Message);
    }

    [Fact]
    public void Gset_ReadsOneBasedWeightedEdges()
    {
        var g = GsetReader.Read(RepositoryData.Graph("weighted5.gset"));
        Assert.Equal(5, g.NodeCount);
        Assert.Equal(7, g.EdgeCount);
        Assert.Equal(-2.0, g.Weight(2, 4));
        Assert.Equal(GraphGenerators.Complete(8), GsetReader.Read(RepositoryData.Graph("k8.gset")));
        Assert.Equal(GraphGenerators.Ring(7), GsetReader.Read(RepositoryData.Graph("ring7.rudy")));
    }

    [Theory]
    [InlineData("3 2\n1 2 1\n", "g.gset: header on line 1 declares 2 edges but 1 were given")]
    [InlineData("3 1\n1 4 1\n", "g.gset:2: node ids must be in 1..3, got 1 4")]
    [InlineData("3 2\n1 2 1\n2 1 1\n", "g.gset:3: duplicate edge 2-1 rejected (first given on line 2)")]
    [InlineData("3\n", "g.gset:1: expected header 'n m'")]
    public void Gset_ErrorsNameFileAndLine(string text, string expectedStart)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => GsetReader.Parse(text, "g.gset"));
        Assert.StartsWith(expectedStart, ex.Message);
    }

    [Fact]
    public void RoadNetwork_GivesShortestPathMatrix()
    {
        // Expected distances: hand computation on the 3x3 grid (rows 2 km, columns 3 km, node 9 is 1.5 km
        // past node 8), confirmed by a Python Floyd–Warshall run.
        var tsp = RoadNetworkReader.ReadTsp(RepositoryData.Graph("road-grid.txt"), RepositoryData.Graph("road-grid.stops"));
        Assert.Equal(5, tsp.CityCount);
        Assert.Equal(4.0, tsp.Distances[0, 1]);
        Assert.Equal(11.5, tsp.Distances[0, 2]);
        Assert.Equal(5.5, tsp.Distances[2, 3]);
        Assert.True(tsp.Distances.IsSymmetric);
    }

    [Fact]
    public void RoadNetwork_DisconnectedIsAClearError()
    {
        var road = EdgeListReader.Parse("0 1 1\n2 3 1\n", "road.txt");
        var ex = Assert.Throws<QuantumAppsException>(() => RoadNetworkReader.BuildTsp(road, [0, 1, 3], "road.txt", "x"));
        Assert.Equal("road.txt: stop 3 is unreachable from stop 0: the road network is disconnected", ex.Message);
    }
}
