using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Tests;

/// <summary>Errors about binary or huge input stay one short, printable line.</summary>
public class ErrorTextTests
{
    [Fact]
    public void ControlCharactersAndUndecodableBytesAreEscaped() =>
        Assert.Equal(@"x.xyz:1: got 'MZ\x00\x01\ufffd' here", ErrorText.Clean("x.xyz:1: got 'MZ\0\u0001\uFFFD' here"));

    [Fact]
    public void LongExcerptsAndMessagesAreCut()
    {
        string excerpt = new('a', 500);
        string cleaned = ErrorText.Clean($"f:1: got '{excerpt}'");
        Assert.Equal($"f:1: got '{new string('a', ErrorText.MaxExcerpt - 1)}…'", cleaned);
        Assert.Equal(ErrorText.MaxLength, ErrorText.Clean(new string('b', 2000)).Length);
    }

    /// <summary>The CLI on a binary file (the head of its own assembly) prints one printable line.</summary>
    [Theory]
    [InlineData("garbage.xyz")]
    [InlineData("garbage.fcidump")]
    public void BinaryInputGivesOnePrintableLine(string name)
    {
        string file = Path.Combine(CliProcess.TempDir(), name);
        File.WriteAllBytes(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "quantumapps.dll"))[..300]);
        var r = CliProcess.Run("molecule", "energy", file);
        Assert.Equal(1, r.ExitCode);
        string line = Assert.Single(r.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: " + file + ":1:", line);
        Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\uFFFD');
        Assert.True(line.Length <= ErrorText.MaxLength + "error: ".Length);
    }
}
