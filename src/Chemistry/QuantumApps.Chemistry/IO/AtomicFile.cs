using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.IO;

/// <summary>
/// Writes files atomically: the content goes to a temporary file in the target's directory (same file system, so
/// the rename is atomic), is flushed to disk, and the temporary file is then renamed over the target; readers see the
/// old file or the complete new one, and a crash never leaves a half-written result. The temporary name carries a
/// fresh GUID, so concurrent writers never share one. Used by every file writer of the libraries and the CLI.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/> atomically.</summary>
    /// <exception cref="QuantumAppsException">The directory does not exist or the file cannot be written.</exception>
    public static void WriteAllText(string path, string text) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>
    /// Checks that the directory <paramref name="path"/> would be written into exists and returns it; callers check
    /// every output path before any work, so one bad path never leaves the other outputs written.
    /// </summary>
    /// <exception cref="QuantumAppsException">The directory does not exist.</exception>
    public static string RequireDirectory(string path)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(dir)) throw new QuantumAppsException($"{path}: directory '{dir}' does not exist");
        return dir;
    }

    /// <summary>
    /// Lets <paramref name="write"/> fill the stream of a temporary file next to <paramref name="path"/>, flushes it to
    /// disk and renames it to <paramref name="path"/>; the temporary file is removed on failure.
    /// </summary>
    /// <exception cref="QuantumAppsException">The directory does not exist or the file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string dir = RequireDirectory(path);
        string tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

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
