using QuantumApps.Chemistry.IO;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests.IO;

/// <summary>The atomic writer replaces the target in one rename and leaves no temporary file behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("quantumapps-atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WritesAndReplacesWithoutLeavingTemporaryFiles()
    {
        string path = Path.Combine(_dir, "out.txt");
        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void AFailedWriteKeepsTheOldFileAndRemovesTheTemporaryOne()
    {
        string path = Path.Combine(_dir, "keep.txt");
        AtomicFile.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("writer failed")));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_dir));
    }

    [Fact]
    public void AMissingDirectoryIsRefusedByName()
    {
        string path = Path.Combine(_dir, "missing", "out.txt");
        var e = Assert.Throws<QuantumAppsException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.Contains("does not exist", e.Message);
    }
}
