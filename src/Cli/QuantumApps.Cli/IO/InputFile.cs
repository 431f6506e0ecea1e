using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>Reads input files with one-line errors instead of exceptions from the file system.</summary>
public static class InputFile
{
    /// <summary>The whole text of <paramref name="path"/>; a clear error when it is missing or unreadable.</summary>
    public static string ReadAllText(string path)
    {
        if (Directory.Exists(path)) throw new QuantumAppsException($"{path}: is a directory, expected a file");
        if (!File.Exists(path)) throw new QuantumAppsException($"{path}: file not found");
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QuantumAppsException($"{path}: cannot read ({e.Message})");
        }
    }
}
