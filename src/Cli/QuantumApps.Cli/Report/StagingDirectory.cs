using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The hidden sibling <c>.NAME.tmp-PID-GUID</c> a report is built in, renamed onto <c>NAME</c> by <see cref="Commit"/>.
/// So that an interrupted run leaves <c>NAME</c> complete or untouched and no debris:
/// <list type="bullet">
/// <item>on creation, siblings <c>.NAME.tmp-PID-*</c> left by runs whose process no longer exists are deleted, and a
/// <c>.NAME.old-PID-*</c> (a replaced report a killed <c>--force</c> run had moved aside) is moved back when NAME is missing,
/// deleted otherwise (<see cref="RemoveStale"/>);</item>
/// <item>Ctrl-C (<see cref="Console.CancelKeyPress"/>), SIGTERM, SIGHUP (<see cref="PosixSignalRegistration"/>; the default
/// termination then proceeds) and process exit (<see cref="AppDomain.ProcessExit"/>)
/// delete the staging directory unless the commit has happened; the commit and the handlers share a lock, so a signal
/// never lands between the two renames of a replacement;</item>
/// <item><see cref="Dispose"/> deletes it when the run failed before committing.</item>
/// </list>
/// SIGKILL cannot be caught; the stale-sibling sweep of the next run cleans up after it.
/// </summary>
public sealed class StagingDirectory : IDisposable
{
    private readonly object _gate = new();
    private readonly string _target;
    private bool _committed;
    private bool _abandoned;
    private readonly List<PosixSignalRegistration> _signals = [];

    /// <summary>Creates the staging directory next to <paramref name="target"/> (after sweeping stale siblings) and registers the handlers.</summary>
    public StagingDirectory(string target)
    {
        _target = target;
        string parent = Path.GetDirectoryName(target)!;
        string name = Path.GetFileName(target);
        RemoveStale(parent, name);
        FullPath = Path.Combine(parent, $".{name}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(FullPath);
            File.WriteAllText(Path.Combine(FullPath, ".probe"), "");
            File.Delete(Path.Combine(FullPath, ".probe"));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            TryDelete(FullPath);
            throw new QuantumAppsException($"report: cannot write in '{parent}': {e.Message}");
        }
        Console.CancelKeyPress += OnCancel;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                _signals.Add(PosixSignalRegistration.Create(signal, _ => Abandon()));
            }
            catch (PlatformNotSupportedException)
            {
            }
        }
    }

    /// <summary>The staging directory's full path.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Renames the staging directory onto the target, replacing an existing target (moved aside to
    /// <c>.NAME.old-PID-GUID</c> first, then deleted). Throws <see cref="OperationCanceledException"/> when a signal
    /// already abandoned the run.
    /// </summary>
    public void Commit()
    {
        lock (_gate)
        {
            if (_abandoned) throw new OperationCanceledException("report interrupted");
            string parent = Path.GetDirectoryName(_target)!;
            string? old = null;
            if (Directory.Exists(_target))
            {
                old = Path.Combine(parent, $".{Path.GetFileName(_target)}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
                Directory.Move(_target, old);
            }
            Directory.Move(FullPath, _target);
            _committed = true;
            if (old is not null) TryDelete(old);
        }
    }

    /// <summary>Unregisters the handlers and deletes the staging directory unless committed.</summary>
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        foreach (var r in _signals) r.Dispose();
        Abandon();
    }

    /// <summary>
    /// Deletes <c>.NAME.tmp-PID-*</c> siblings in <paramref name="parent"/> whose process PID is not running, and restores
    /// (when NAME is missing) or deletes such <c>.NAME.old-PID-*</c> siblings. Directories of live processes (a concurrent
    /// run, identified by a running PID that started before the directory was written) are left alone. Returns the number of directories removed or restored.
    /// </summary>
    public static int RemoveStale(string parent, string name)
    {
        int count = 0;
        string target = Path.Combine(parent, name);
        foreach (string kind in new[] { "old", "tmp" })
        {
            string prefix = $".{name}.{kind}-";
            IEnumerable<string> dirs;
            try
            {
                dirs = Directory.EnumerateDirectories(parent, prefix + "*").ToArray();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return count;
            }
            foreach (string dir in dirs)
            {
                string rest = Path.GetFileName(dir)[prefix.Length..];
                int dash = rest.IndexOf('-');
                if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int pid) || Owned(pid, dir)) continue;
                if (kind == "old" && !Directory.Exists(target))
                {
                    try
                    {
                        Directory.Move(dir, target);
                        count++;
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                    }
                    continue;
                }
                if (TryDelete(dir)) count++;
            }
        }
        return count;
    }

    /// <summary>
    /// True when process <paramref name="pid"/> may still own <paramref name="dir"/>: it is running and started before
    /// the directory was created (a process that started later — a reused PID — cannot own it).
    /// </summary>
    private static bool Owned(int pid, string dir)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            if (p.HasExited) return false;
            return p.StartTime.ToUniversalTime() <= Directory.GetCreationTimeUtc(dir).AddSeconds(1) ||
                   p.StartTime.ToUniversalTime() <= Directory.GetLastWriteTimeUtc(dir).AddSeconds(1);
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e) => Abandon();

    private void OnExit(object? sender, EventArgs e) => Abandon();

    private void Abandon()
    {
        lock (_gate)
        {
            if (_committed) return;
            _abandoned = true;
            TryDelete(FullPath);
        }
    }

    private static bool TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
