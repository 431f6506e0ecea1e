using QuantumApps.TestSupport;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.IO;

public class ProblemFilesTests
{
    [Theory]
    [InlineData("a.txt", null, GraphFileFormat.EdgeList)]
    [InlineData("a.EDGES", null, GraphFileFormat.EdgeList)]
    [InlineData("a.gset", null, GraphFileFormat.Gset)]
    [InlineData("a.rudy", null, GraphFileFormat.Gset)]
    [InlineData("a.tsp", null, GraphFileFormat.Tsp)]
    [InlineData("a.vrp", null, GraphFileFormat.Vrp)]
    [InlineData("a.dat", GraphFileFormat.Gset, GraphFileFormat.Gset)]
    [InlineData("a.txt", GraphFileFormat.Tsp, GraphFileFormat.Tsp)]
    public void Detect_ByExtensionOrOverride(string path, GraphFileFormat? format, GraphFileFormat expected) =>
        Assert.Equal(expected, ProblemFiles.Detect(path, format));

    [Fact]
    public void Detect_UnknownIsAClearError()
    {
        Assert.Contains("cannot tell the format", Assert.Throws<QuantumAppsException>(() => ProblemFiles.Detect("a.dat", null)).Message);
        // Format names are parsed at the CLI edge (quantumapps maxcut --graph-format xml exits 2, see the CLI tests)
        // from this one table.
        Assert.Equal(["edgelist", "gset", "tsp", "vrp"], ProblemFiles.FormatNames.Select(f => f.Name));
        Assert.Equal("gset", ProblemFiles.FormatName(GraphFileFormat.Gset));
    }

    [Fact]
    public void TspFileAsGraph_IsCompleteWithDistanceWeights()
    {
        var g = ProblemFiles.ReadGraph(RepositoryData.Graph("tiny5-full.tsp"));
        Assert.Equal(10, g.EdgeCount);
        Assert.Equal(3.0, g.Weight(0, 1)); // FULL_MATRIX row 1: "0 3 4 2 7"
    }

    [Fact]
    public void GraphAsTsp_UsesShortestPaths()
    {
        // Ring C7 as a TSP over all nodes: shortest-path metric, the ring itself is optimal with length 7.
        var t = ProblemFiles.ReadTsp(RepositoryData.Graph("ring7.rudy"));
        Assert.Equal(3.0, t.Distances[0, 3]);
        Assert.Equal(GraphGenerators.Ring(7).NodeCount, t.CityCount);
    }
}
