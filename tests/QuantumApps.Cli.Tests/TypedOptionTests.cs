using System.Text.Json;
using QuantumApps.Cli.Commands;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests;

/// <summary>
/// --methods and --graph-format of maxcut, tsp and vrp are parsed into enums at the CLI edge: an invalid value is one
/// line <c>error: …</c> naming the valid values, exit code 2 (<see cref="ExitCodes.Usage"/>), nothing on stdout; help lists
/// the values and no .NET type names.
/// </summary>
public sealed class TypedOptionTests
{
    [Theory]
    [InlineData("maxcut", "petersen.txt", "--methods", "exact,foo", "exact|gw|sa|tabu|greedy|local|qaoa")]
    [InlineData("maxcut", "petersen.txt", "--graph-format", "xml", "edgelist|gset|tsp|vrp")]
    [InlineData("tsp", "tiny5-full.tsp", "--methods", "exact,,sa", "exact|nn2opt|sa|ils|ortools|qaoa")]
    [InlineData("tsp", "tiny5-full.tsp", "--graph-format", "tsplib95", "edgelist|gset|tsp|vrp")]
    [InlineData("vrp", "tiny-n7-k3.vrp", "--methods", "cw", "exact|clarke-wright")]
    public void InvalidValuesAreOneUsageErrorLine(string command, string file, string option, string value, string valid)
    {
        var r = CliProcess.Run(command, RepositoryData.Graph(file), option, value);
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("", r.StdOut);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {option}", line);
        Assert.Contains(valid, line);
    }

    [Theory]
    [InlineData("maxcut", "edgelist|gset|tsp|vrp", "exact,gw,sa,tabu,greedy,local,qaoa")]
    [InlineData("tsp", "edgelist|gset|tsp|vrp", "exact,nn2opt,sa,ils,ortools,qaoa")]
    [InlineData("vrp", "edgelist|gset|tsp|vrp", "exact,clarke-wright")]
    public void HelpListsTheValidValuesAndNoTypeNames(string command, string formats, string methods)
    {
        var r = CliProcess.Run(command, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(formats, r.StdOut);
        Assert.Contains(methods, r.StdOut);
        Assert.Contains("table|json", r.StdOut);
        Assert.DoesNotContain("System.", r.StdOut);
        Assert.DoesNotContain("<Json|Table>", r.StdOut);
    }

    [Fact]
    public void SeedTakes64BitValues()
    {
        var r = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "sa", "--seed", "12345678901234", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("ok", JsonDocument.Parse(r.StdOut).RootElement.GetProperty("results").GetProperty("sa").GetProperty("status").GetString());
        var bad = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--seed", "abc");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--seed 'abc' is not a 64-bit integer", bad.StdErr);
        Assert.DoesNotContain("System.", bad.StdErr);
    }

    [Fact]
    public void DepthOf100000IsRefusedWithTheBound_OtherMethodsOk_Exit3()
    {
        var r = CliProcess.Run("maxcut", RepositoryData.Graph("petersen.txt"), "--methods", "exact,qaoa", "--p", "100000", "--format", "json");
        Assert.Equal(ExitCodes.Partial, r.ExitCode);
        var res = JsonDocument.Parse(r.StdOut).RootElement.GetProperty("results");
        Assert.Equal("ok", res.GetProperty("exact").GetProperty("status").GetString());
        Assert.Equal("failed", res.GetProperty("qaoa").GetProperty("status").GetString());
        Assert.Contains("between 1 and 1000", res.GetProperty("qaoa").GetProperty("reason").GetString());
    }
}
