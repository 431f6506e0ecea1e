using QuantumApps.Problems.IO;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.IO;

/// <summary>Regression tests of issue 17 for the Problems readers: the representable range, empty graphs, VRP demands
/// numbered as in the file, header sizes refused before allocation, exact TSPLIB distances up to the range.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("1e308", "is outside the representable range |x| <= 1e15")]
    [InlineData("-1e16", "is outside the representable range |x| <= 1e15")]
    [InlineData("NaN", "is not finite")]
    [InlineData("Infinity", "is not finite")]
    public void EdgeWeightsOutsideTheRangeAreRefusedWithTheLine(string weight, string problem)
    {
        var e = Assert.Throws<QuantumAppsException>(() => EdgeListReader.Parse($"0 1 2\n1 2 {weight}\n", "g.txt"));
        Assert.Equal($"g.txt:2: weight '{weight}' {problem}", e.Message);
        var gset = Assert.Throws<QuantumAppsException>(() => GsetReader.Parse($"3 2\n1 2 1\n2 3 {weight}\n", "g.gset"));
        Assert.StartsWith("g.gset:3: weight", gset.Message);
    }

    [Fact]
    public void WeightsAtTheLimitAreKept() =>
        Assert.Equal([InputRange.MaxMagnitude, InputRange.MaxMagnitude, -InputRange.MaxMagnitude],
            EdgeListReader.Parse("0 1 1e15\n1 2 -1e15\n0 2 1e15\n", "g.txt").Edges.OrderBy(e => e.U).ThenBy(e => e.V).Select(e => e.Weight).ToArray());

    [Theory]
    [InlineData("# nodes: 0\n", "g.txt:1: the graph is empty (0 nodes)")]
    [InlineData("# nodes: 3\n0 1\n# nodes: 4\n", "g.txt:3: 'nodes:' given twice (first on line 1)")]
    [InlineData("0 2147483647\n", "g.txt:1: 2147483648 nodes are more than the largest .NET array")]
    public void NodeCountsThatCannotBeAGraphAreRefused(string text, string message)
    {
        var e = Assert.Throws<QuantumAppsException>(() => EdgeListReader.Parse(text, "g.txt"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void EuclideanDistancesStayExactUpToTheRange()
    {
        // Nodes 1e15 apart on the x axis: EUC_2D gives nint(1e15) = 1e15 (was (int) overflow); exact in double (< 2^53).
        var tsp = TsplibReader.ParseTsp("NAME: far\nTYPE: TSP\nDIMENSION: 3\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1e15 0\n3 0 3\nEOF\n", "far.tsp");
        Assert.Equal(1e15, tsp.Distances[0, 1]);
        Assert.Equal(3, tsp.Distances[0, 2]);
        var e = Assert.Throws<QuantumAppsException>(() =>
            TsplibReader.ParseTsp("NAME: far\nTYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1e308 0\nEOF\n", "far.tsp"));
        Assert.StartsWith("far.tsp:7: x coordinate '1e308' is outside the representable range", e.Message);
    }

    [Theory]
    [InlineData("DIMENSION: 3\nDIMENSION: 3\n", "big.tsp:4: DIMENSION given twice (first on line 3)")]
    [InlineData("DIMENSION: 100000\n", "big.tsp:3: DIMENSION 100000: the 100000×100000 distance matrix has more entries than the largest .NET array")]
    public void DimensionsAreCheckedAtTheirLine(string dimension, string message)
    {
        var e = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseTsp($"NAME: big\nTYPE: TSP\n{dimension}EDGE_WEIGHT_TYPE: EUC_2D\n", "big.tsp"));
        Assert.StartsWith(message, e.Message);
    }

    private const string Vrp = """
        NAME : tiny-n4-k2
        TYPE : CVRP
        DIMENSION : 4
        EDGE_WEIGHT_TYPE : EUC_2D
        CAPACITY : 10
        NODE_COORD_SECTION
        1 0 0
        2 0 3
        3 4 0
        4 3 3
        DEMAND_SECTION
        1 0
        2 4
        3 DEMAND3
        4 5
        DEPOT_SECTION
        1
        -1
        EOF
        """;

    [Theory]
    [InlineData("11", "v.vrp:14: node 3 demand 11 exceeds capacity 10 (CAPACITY on line 5), no feasible solution")]
    [InlineData("-2", "v.vrp:14: node 3 has negative demand -2")]
    public void DemandErrorsNumberNodesAsTheFileDoes(string demand, string message)
    {
        // Node 3 of the file (1-based, line 14) — the message used to say "node 2" (0-based) without a line.
        var e = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseVrp(Vrp.Replace("DEMAND3", demand), "v.vrp"));
        Assert.Equal(message, e.Message);
        Assert.Equal(6, TsplibReader.ParseVrp(Vrp.Replace("DEMAND3", "6"), "v.vrp").Demands[2]);
    }

    [Fact]
    public void DepotDemandAndVehicleCountsAreCheckedWithTheirLines()
    {
        var depot = Assert.Throws<QuantumAppsException>(() => TsplibReader.ParseVrp(Vrp.Replace("DEMAND3", "1").Replace("1 0\n2 4", "1 3\n2 4"), "v.vrp"));
        Assert.Equal("v.vrp:12: depot node 1 has demand 3, must be 0", depot.Message);
        // A fleet size in the name too large for an int is ignored (it used to throw OverflowException).
        Assert.Null(TsplibReader.ParseVrp(Vrp.Replace("DEMAND3", "1").Replace("tiny-n4-k2", "x-k99999999999"), "v.vrp").VehicleCount);
    }

    [Fact]
    public void UnknownStopIsReportedAgainstTheStopsFileLine()
    {
        var road = EdgeListReader.Read(RepositoryData.Graph("road-grid.txt"));
        var e = Assert.Throws<QuantumAppsException>(() => RoadNetworkReader.ParseStops("0\n# depot above\n99\n", "s.stops", road.NodeCount));
        Assert.Equal($"s.stops:3: stop 99 is not a node of the road network (0..{road.NodeCount - 1})", e.Message);
    }
}
