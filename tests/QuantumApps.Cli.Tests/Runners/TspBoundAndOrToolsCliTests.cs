using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Tests.Runners;

/// <summary>
/// The 1-tree lower bound printed with every TSP run, the per-tour bound gap, the ils and ortools methods, the budget
/// options and the OPTIMUM warning, through the runners as the CLI calls them.
/// </summary>
public class TspBoundAndOrToolsCliTests
{
    [Fact]
    public void Tsp_Json_HasTheLowerBoundAndEachTourItsGap()
    {
        var sw = new StringWriter();
        int code = TspRunner.Run(new TspOptions(RepositoryData.Graph("burma14.tsp"), [TspMethod.NearestNeighbourTwoOpt, TspMethod.Ils, TspMethod.OrTools], 3,
            OutputFormat.Json, null, null, TimeLimitSeconds: 0.3, Restarts: 1), sw);
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(sw.ToString()).RootElement;
        double bound = root.GetProperty("instance").GetProperty("lowerBound").GetDouble();
        Assert.True(bound <= 3323 + 1e-9, $"bound {bound} above the TSPLIB95 optimum 3323");
        foreach (var m in new[] { "nn2opt", "ils", "ortools" })
        {
            var r = root.GetProperty("results").GetProperty(m);
            Assert.Equal("ok", r.GetProperty("status").GetString());
            double length = r.GetProperty("length").GetDouble();
            Assert.True(length >= 3323);
            // boundGapPercent is rounded to 4 decimals: 5e-5 absolute.
            Assert.Equal(100 * (length - bound) / bound, r.GetProperty("boundGapPercent").GetDouble(), 5e-5);
            Assert.Equal(Enumerable.Range(0, 14), r.GetProperty("tour").EnumerateArray().Select(e => e.GetInt32()).Order());
        }
    }

    [Fact]
    public void Tsp_Table_StartsWithTheBound_AndAsymmetricSaysNa()
    {
        var sw = new StringWriter();
        Assert.Equal(0, TspRunner.Run(new TspOptions(RepositoryData.Graph("tiny6.tsp"), [TspMethod.Exact], 1, OutputFormat.Table, null, null), sw));
        string first = sw.ToString().Split('\n')[0];
        Assert.StartsWith("lower bound ", first);
        Assert.Contains("Held–Karp 1-tree", first);
    }

    [Fact]
    public void Tsp_OptimumLine_IsAWarningOnStderr()
    {
        string dir = CliProcess.TempDir();
        string file = Path.Combine(dir, "sq.tsp");
        File.WriteAllText(file, "NAME: sq\nTYPE: TSP\nOPTIMUM: 14\nDIMENSION: 4\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 3 0\n3 3 4\n4 0 4\nEOF\n");
        var output = new StringWriter();
        var status = new StringWriter();
        Assert.Equal(0, TspRunner.Run(new TspOptions(file, [TspMethod.Exact], 1, OutputFormat.Json, null, null), output, status));
        Assert.Equal($"warning: {file}:3: ignoring the non-standard keyword OPTIMUM (14)", status.ToString().Trim());
        Assert.Equal(14.0, JsonDocument.Parse(output.ToString()).RootElement.GetProperty("results").GetProperty("exact").GetProperty("length").GetDouble());
    }

    [Fact]
    public void Vrp_OrTools_RoutesAreOursToCheck()
    {
        var sw = new StringWriter();
        Assert.Equal(0, VrpRunner.Run(new VrpOptions(RepositoryData.Graph("E-n13-k4.vrp"), [VrpMethod.OrTools], 1, OutputFormat.Json, null, true, 0.3, 1), sw));
        var r = JsonDocument.Parse(sw.ToString()).RootElement.GetProperty("results").GetProperty("ortools");
        Assert.Equal("ok", r.GetProperty("status").GetString());
        Assert.True(r.GetProperty("cost").GetDouble() >= 247); // CVRPLIB optimum of E-n13-k4
        Assert.True(r.GetProperty("routeCount").GetInt32() <= 4);
    }

    [Theory]
    [InlineData("--time-limit", "0")]
    [InlineData("--time-limit", "abc")]
    [InlineData("--restarts", "0")]
    public void BadBudgetValues_AreUsageErrors(string option, string value)
    {
        var run = CliProcess.Run("tsp", RepositoryData.Graph("tiny6.tsp"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.StdErr);
    }
}
