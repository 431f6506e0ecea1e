using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>
/// Writes output files atomically: the content goes to a temporary file in the same directory, which is
/// then renamed over the target, so a crash never leaves a half-written result.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string text) =>
        Write(path, tmp => File.WriteAllText(tmp, text));

    /// <summary>
    /// Checks that the directory <paramref name="path"/> would be written into exists and returns it; runners call this
    /// for every output path before any work, so one bad path never leaves the other outputs written and the exit code 1.
    /// </summary>
    public static string RequireDirectory(string path)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new QuantumAppsException($"{path}: directory '{dir}' does not exist");
        return dir;
    }

    /// <summary>Lets <paramref name="write"/> fill a temporary file, then renames it to <paramref name="path"/>.</summary>
    public static void Write(string path, Action<string> write)
    {
        string full = Path.GetFullPath(path);
        string dir = RequireDirectory(path);
        string tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            write(tmp);
            File.Move(tmp, full, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new QuantumAppsException($"{path}: cannot write (permission denied)");
        }
        catch (IOException e)
        {
            throw new QuantumAppsException($"{path}: cannot write ({e.Message})");
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }
}
