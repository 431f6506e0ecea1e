namespace QuantumApps.Chemistry.IO;

/// <summary>Writes a file atomically: the text goes to a temporary file in the same directory, which then
/// replaces the target (so readers never see a half-written file).</summary>
internal static class AtomicFileWriter
{
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
