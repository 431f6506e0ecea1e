using QuantumApps.TestSupport;
using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;
using QuantumApps.Cli.Commands;

namespace QuantumApps.Cli.Tests.Runners;

public class ProblemRunnerTests
{
    private static JsonElement RunJson(Func<TextWriter, int> run)
    {
        var sw = new StringWriter();
        Assert.Equal(0, run(sw));
        return JsonDocument.Parse(sw.ToString()).RootElement;
    }

    [Fact]
    public void MaxCut_Json_HasDocumentedShapeAndPetersenOptimum()
    {
        var root = RunJson(w => MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("petersen.txt"), null, 7, OutputFormat.Json, null), w));
        var g = root.GetProperty("graph");
        Assert.Equal(10, g.GetProperty("nodes").GetInt32());
        Assert.Equal(15, g.GetProperty("edges").GetInt32());
        Assert.Equal(15.0, g.GetProperty("totalWeight").GetDouble());
        var r = root.GetProperty("results");
        // Petersen max cut = 12 (classical result; also asserted against brute force in the Optimization tests).
        Assert.Equal(12.0, r.GetProperty("exact").GetProperty("cut").GetDouble());
        Assert.Equal(10, r.GetProperty("exact").GetProperty("assignment").GetString()!.Length);
        Assert.True(r.GetProperty("gw").GetProperty("upperBound").GetDouble() >= 12);
        foreach (var m in new[] { "exact", "gw", "sa", "tabu", "greedy", "local" })
        {
            Assert.True(r.GetProperty(m).GetProperty("cut").GetDouble() <= 12);
            Assert.True(r.GetProperty(m).GetProperty("seconds").GetDouble() >= 0);
        }
    }

    [Fact]
    public void MaxCut_NamedMethodsRunInTheGivenOrder()
    {
        var sw = new StringWriter();
        Assert.Equal(0, MaxCutRunner.Run(new MaxCutOptions(RepositoryData.Graph("cube-q3.edges"), [MaxCutMethod.Greedy, MaxCutMethod.Exact], 1, OutputFormat.Json, null), sw));
        var r = JsonDocument.Parse(sw.ToString()).RootElement.GetProperty("results");
        Assert.Equal(["greedy", "exact"], r.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12.0, r.GetProperty("exact").GetProperty("cut").GetDouble()); // Q3 bipartite: all 12 edges cut
        Assert.True(r.GetProperty("greedy").GetProperty("cut").GetDouble() <= 12);
        Assert.Equal("ok", r.GetProperty("greedy").GetProperty("status").GetString());
    }

    [Fact]
    public void MaxCut_UnknownMethodAndBadFileAreClearErrors()
    {
        Assert.False(MaxCutCommand.TryParseList("exact,qaoa2", MethodNames.MaxCut, "--methods", out _, out string? error));
        Assert.Equal("--methods: unknown method 'qaoa2' (valid: exact|gw|sa|tabu|greedy|local|qaoa|cpsat|anneal)", error);
        var ex2 = Assert.Throws<QuantumAppsException>(() => MaxCutRunner.Run(new MaxCutOptions("graph.xyz", null, 1, OutputFormat.Table, null), new StringWriter()));
        Assert.Contains("cannot tell the format", ex2.Message);
    }

    [Fact]
    public void Tsp_Json_Burma14()
    {
        var root = RunJson(w => TspRunner.Run(new TspOptions(RepositoryData.Graph("burma14.tsp"), null, 3, OutputFormat.Json, null, null), w));
        Assert.Equal(14, root.GetProperty("instance").GetProperty("cities").GetInt32());
        var exact = root.GetProperty("results").GetProperty("exact");
        Assert.Equal(3323.0, exact.GetProperty("length").GetDouble()); // TSPLIB95 published optimum
        var tour = exact.GetProperty("tour").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(0, tour[0]);
        Assert.Equal(Enumerable.Range(0, 14), tour.Order());
        foreach (var m in new[] { "nn2opt", "sa" })
            Assert.True(root.GetProperty("results").GetProperty(m).GetProperty("length").GetDouble() >= 3323);
    }

    [Fact]
    public void Tsp_RoadGraphWithStops()
    {
        // 27 km: separate Python Floyd–Warshall + enumeration (data/graphs/README.md).
        var root = RunJson(w => TspRunner.Run(new TspOptions(RepositoryData.Graph("road-grid.txt"), [TspMethod.Exact], 3, OutputFormat.Json, null, RepositoryData.Graph("road-grid.stops")), w));
        Assert.Equal(27.0, root.GetProperty("results").GetProperty("exact").GetProperty("length").GetDouble());
    }

    [Fact]
    public void Vrp_Json_En13k4()
    {
        var root = RunJson(w => VrpRunner.Run(new VrpOptions(RepositoryData.Graph("E-n13-k4.vrp"), null, 3, OutputFormat.Json, null), w));
        var exact = root.GetProperty("results").GetProperty("exact");
        Assert.Equal(247.0, exact.GetProperty("cost").GetDouble()); // CVRPLIB published optimum
        Assert.Equal(4, exact.GetProperty("routes").GetArrayLength());
        Assert.True(root.GetProperty("results").GetProperty("clarke-wright").GetProperty("cost").GetDouble() >= 247);
    }

    [Fact]
    public void Table_Output_ListsEveryMethod()
    {
        var sw = new StringWriter();
        VrpRunner.Run(new VrpOptions(RepositoryData.Graph("tiny-n7-k3.vrp"), null, 3, OutputFormat.Table, null), sw);
        var text = sw.ToString();
        Assert.Contains("exact", text);
        Assert.Contains("clarke-wright", text);
        Assert.Contains("287", text); // tiny-n7-k3 optimum, separate Python enumeration (data/graphs/README.md)
    }
}
