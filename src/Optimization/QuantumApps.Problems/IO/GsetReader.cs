using QuantumApps.Problems.Graphs;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Reads the Gset / rudy format: first non-comment line <c>n m</c>, then exactly m lines <c>u v w</c> with
/// 1-based node ids (converted to 0-based). Lines starting with <c>#</c> or <c>%</c> are comments.
/// Self-loops and duplicate edges are rejected (file:line); negative weights are kept (Gset has ±1 graphs).
/// </summary>
public static class GsetReader
{
    /// <summary>Reads a file.</summary>
    public static Graph Read(string path) => Parse(InputError.ReadAll(path), path);

    /// <summary>Parses text; <paramref name="sourceName"/> names the input in error messages.</summary>
    public static Graph Parse(string text, string sourceName = "<gset>")
    {
        var lines = InputError.Lines(text);
        int n = -1, m = -1, headerLine = 0;
        var edges = new List<Edge>();
        var firstLine = new Dictionary<(int, int), int>();
        for (int li = 0; li < lines.Length; li++)
        {
            int lineNo = li + 1;
            string s = lines[li].Trim();
            if (s.Length == 0 || s[0] == '#' || s[0] == '%') continue;
            var t = InputError.Tokens(s);
            if (n < 0)
            {
                if (t.Length != 2) throw InputError.At(sourceName, lineNo, "expected header 'n m'");
                n = InputError.ParseInt(t[0], sourceName, lineNo, "node count");
                m = InputError.ParseInt(t[1], sourceName, lineNo, "edge count");
                if (n < 1 || m < 0) throw InputError.At(sourceName, lineNo, $"header needs n >= 1 and m >= 0, got {n} {m}");
                InputError.CheckNodeCount(n, sourceName, lineNo);
                headerLine = lineNo;
                continue;
            }
            if (t.Length != 3) throw InputError.At(sourceName, lineNo, $"expected 'u v w' (1-based), got {t.Length} fields");
            int u = InputError.ParseInt(t[0], sourceName, lineNo, "node");
            int v = InputError.ParseInt(t[1], sourceName, lineNo, "node");
            double w = InputError.ParseDouble(t[2], sourceName, lineNo, "weight");
            if (u < 1 || u > n || v < 1 || v > n) throw InputError.At(sourceName, lineNo, $"node ids must be in 1..{n}, got {u} {v}");
            if (edges.Count == m) throw InputError.At(sourceName, lineNo, $"more edges than the {m} declared on line {headerLine}");
            EdgeListReader.AddEdge(edges, firstLine, sourceName, lineNo, u - 1, v - 1, w, 1);
        }
        if (n < 0) throw InputError.In(sourceName, "empty file, expected header 'n m'");
        if (edges.Count != m) throw InputError.In(sourceName, $"header on line {headerLine} declares {m} edges but {edges.Count} were given");
        return new Graph(n, edges);
    }
}
