using QuantumApps.Cli.Report;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's staging directory: complete-or-untouched output and no debris from killed runs.</summary>
public class StagingDirectoryTests : IDisposable
{
    /// <summary>No Linux PID reaches this (pid_max ≤ 2^22), so the process is certainly not running.</summary>
    private const int DeadPid = int.MaxValue - 1;

    private readonly string _parent = Directory.CreateTempSubdirectory("qa-staging-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Make(string name, string file = "x.txt")
    {
        string dir = Path.Combine(_parent, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, file), name);
        return dir;
    }

    [Fact]
    public void SweepsDebrisOfDeadRunsAndKeepsLiveOnes()
    {
        Make("out");
        Make($".out.tmp-{DeadPid}-abc");
        Make($".out.old-{DeadPid}-def");
        string live = Make($".out.tmp-{Environment.ProcessId}-ghi");
        string other = Make($".other.tmp-{DeadPid}-jkl");
        Assert.Equal(2, StagingDirectory.RemoveStale(_parent, "out"));
        Assert.Equal(new[] { "out", Path.GetFileName(live), Path.GetFileName(other) }.Order(), Directory.GetDirectories(_parent).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void RestoresAReportMovedAsideByAKilledForceRun()
    {
        Make($".out.old-{DeadPid}-abc", "report.md");
        Make($".out.tmp-{DeadPid}-def", "half.svg");
        Assert.Equal(2, StagingDirectory.RemoveStale(_parent, "out"));
        Assert.True(File.Exists(Path.Combine(_parent, "out", "report.md")));
        Assert.Single(Directory.GetDirectories(_parent));
    }

    [Fact]
    public void UncommittedStagingIsDeletedAndTheTargetUntouched()
    {
        Make("out", "keep.txt");
        using (var s = new StagingDirectory(Path.Combine(_parent, "out")))
        {
            File.WriteAllText(Path.Combine(s.FullPath, "report.md"), "half");
            Assert.StartsWith(".out.tmp-", Path.GetFileName(s.FullPath));
        }
        Assert.Equal(["out"], Directory.GetDirectories(_parent).Select(Path.GetFileName));
        Assert.Equal(["keep.txt"], Directory.GetFiles(Path.Combine(_parent, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void CommitReplacesTheTargetAndLeavesNoSiblings()
    {
        Make("out", "old.txt");
        using (var s = new StagingDirectory(Path.Combine(_parent, "out")))
        {
            File.WriteAllText(Path.Combine(s.FullPath, "report.md"), "new");
            s.Commit();
        }
        Assert.Equal(["out"], Directory.GetDirectories(_parent).Select(Path.GetFileName));
        Assert.Equal(["report.md"], Directory.GetFiles(Path.Combine(_parent, "out")).Select(Path.GetFileName));
    }
}
