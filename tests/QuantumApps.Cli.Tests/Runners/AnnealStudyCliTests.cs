using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Variational.Annealing;

namespace QuantumApps.Cli.Tests.Runners;

/// <summary>
/// <c>anneal-study</c> rejects invalid settings before anything runs as usage errors: exit code 2 (README "Exit codes and
/// errors": "2 usage error: … an invalid setting"), one <c>error:</c> line, nothing on stdout. Issue 14: it exited 1.
/// </summary>
public sealed class AnnealStudyCliTests
{
    public static TheoryData<string, AnnealingStudyGraph, AnnealingSettings> InvalidSettings => new()
    {
        { "8..x", AnnealingStudyGraph.Regular3, new AnnealingSettings() },
        { "1", AnnealingStudyGraph.Weighted, new AnnealingSettings() },
        { "9", AnnealingStudyGraph.Regular3, new AnnealingSettings() },
        { "8", AnnealingStudyGraph.Regular3, new AnnealingSettings { TrotterStep = 0 } },
        { "8", AnnealingStudyGraph.Regular3, new AnnealingSettings { AnnealTimes = [1, -2] } },
        { "8", AnnealingStudyGraph.Regular3, new AnnealingSettings { Runs = 0 } },
        { "8", AnnealingStudyGraph.Regular3, new AnnealingSettings { GapMaxQubits = -1 } },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void InvalidSettingsAreUsageErrors(string sizes, AnnealingStudyGraph graph, AnnealingSettings settings)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliAction.Run(() => AnnealStudyRunner.Run(new AnnealStudyOptions(sizes, graph, 42, OutputFormat.Table, settings), stdout), stderr);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", stdout.ToString());
        Assert.StartsWith("error: --", Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void ProcessExitsTwoOnABadAnnealTimeList()
    {
        var r = CliProcess.Run("anneal-study", "--sizes", "6", "--anneal-times", "1,abc");
        Assert.Equal(ExitCodes.Usage, r.ExitCode);
        Assert.Equal("", r.StdOut);
        Assert.StartsWith("error: --anneal-times", r.StdErr.Trim());
    }
}
