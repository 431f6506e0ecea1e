using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Problems.IO;

/// <summary>Builds the one-line "file:line: problem" exceptions every reader throws.</summary>
internal static class InputError
{
    public static QuantumAppsException At(string source, int line, string problem) =>
        new($"{source}:{line}: {problem}");

    public static QuantumAppsException In(string source, string problem) =>
        new($"{source}: {problem}");

    public static string ReadAll(string path)
    {
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

    public static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');

    public static int ParseInt(string token, string source, int line, string what)
    {
        if (!int.TryParse(token, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int v))
            throw At(source, line, $"{what} '{token}' is not an integer");
        return v;
    }

    /// <summary>A finite number inside <see cref="InputRange"/> (|x| ≤ 1e15), else a file:line error.</summary>
    public static double ParseDouble(string token, string source, int line, string what)
    {
        if (!double.TryParse(token, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v))
            throw At(source, line, $"{what} '{token}' is not a number");
        if (!InputRange.Contains(v)) throw At(source, line, InputRange.Problem(what, token, v));
        return v;
    }

    /// <summary>
    /// Refuses a node count of 0 ("the graph is empty") and one whose per-node arrays (adjacency offsets, shortest-path
    /// distances and marks: 16 bytes a node) exceed the <see cref="MemoryGuard.InputDataShare"/> of the available memory,
    /// before the graph is built.
    /// </summary>
    public static void CheckNodeCount(long nodes, string source, int line)
    {
        if (nodes == 0) throw At(source, line, "the graph is empty (0 nodes)");
        if (nodes < 0) throw At(source, line, $"node count must be positive, got {nodes}");
        if (nodes >= Array.MaxLength) throw At(source, line, $"{nodes} nodes are more than the largest .NET array ({Array.MaxLength})");
        try
        {
            MemoryGuard.EnsureFits(nodes * 16, $"a graph of {nodes} nodes", MemoryGuard.InputDataShare);
        }
        catch (QuantumAppsException e)
        {
            throw At(source, line, e.Message);
        }
    }

    public static string[] Tokens(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
