using QuantumApps.TestSupport;
namespace QuantumApps.Cli.Tests;

/// <summary>Parser errors follow the CLI's error contract: one line <c>error: …</c> on stderr, exit code 2 (usage), no help dump.</summary>
public class ParseErrorTests
{
    [Theory]
    [InlineData("--format", "xml", "'xml'")]
    [InlineData("--charge", "abc", "'abc'")]
    [InlineData("--bogus", "1", "'--bogus'")]
    public void BadOptionIsOneErrorLine(string option, string value, string named)
    {
        var r = CliProcess.Run("molecule", "energy", RepositoryData.Molecule("h2.xyz"), "--methods", "hf", option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.StdOut);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(named, line);
    }

    [Fact]
    public void UnknownCommandIsOneErrorLine()
    {
        var r = CliProcess.Run("bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
