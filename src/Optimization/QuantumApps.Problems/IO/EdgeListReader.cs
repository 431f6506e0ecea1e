using QuantumApps.Problems.Graphs;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Reads a plain edge list: one edge per line, <c>u v [w]</c> with 0-based node ids and optional weight
/// (default 1); blank lines and text after <c>#</c> are ignored. The node count is max id + 1 unless a
/// comment line <c># nodes: N</c> gives it (so trailing isolated nodes can be declared); N = 0 is refused ("the graph is
/// empty"). Weights must lie in <see cref="QuantumApps.Simulator.IO.InputRange"/> (|w| ≤ 1e15).
/// Policy: self-loops and duplicate edges (either orientation) are rejected with both line numbers; weights
/// must be finite; negative weights are kept (signed MaxCut) — consumers needing non-negative weights check.
/// </summary>
public static class EdgeListReader
{
    /// <summary>Reads a file.</summary>
    public static Graph Read(string path) => Parse(InputError.ReadAll(path), path);

    /// <summary>Parses text; <paramref name="sourceName"/> names the input in error messages.</summary>
    public static Graph Parse(string text, string sourceName = "<edge list>")
    {
        var edges = new List<Edge>();
        var firstLine = new Dictionary<(int, int), int>();
        int declared = -1, declaredLine = 0, maxNode = -1, maxNodeLine = 0;
        var lines = InputError.Lines(text);
        for (int li = 0; li < lines.Length; li++)
        {
            int lineNo = li + 1;
            string raw = lines[li];
            int hash = raw.IndexOf('#');
            if (hash >= 0)
            {
                string comment = raw[(hash + 1)..].Trim();
                if (comment.StartsWith("nodes:", StringComparison.OrdinalIgnoreCase))
                {
                    if (declared >= 0) throw InputError.At(sourceName, lineNo, $"'nodes:' given twice (first on line {declaredLine})");
                    declared = InputError.ParseInt(comment[6..].Trim(), sourceName, lineNo, "declared node count");
                    InputError.CheckNodeCount(declared, sourceName, lineNo);
                    declaredLine = lineNo;
                }
                raw = raw[..hash];
            }
            var t = InputError.Tokens(raw);
            if (t.Length == 0) continue;
            if (t.Length is < 2 or > 3) throw InputError.At(sourceName, lineNo, $"expected 'u v [w]', got {t.Length} fields");
            int u = InputError.ParseInt(t[0], sourceName, lineNo, "node");
            int v = InputError.ParseInt(t[1], sourceName, lineNo, "node");
            double w = t.Length == 3 ? InputError.ParseDouble(t[2], sourceName, lineNo, "weight") : 1.0;
            AddEdge(edges, firstLine, sourceName, lineNo, u, v, w, 0);
            if (Math.Max(u, v) > maxNode) (maxNode, maxNodeLine) = (Math.Max(u, v), lineNo);
        }
        if (edges.Count == 0 && declared < 0) throw InputError.In(sourceName, "no edges found");
        if (declared >= 0 && maxNode >= declared)
            throw InputError.At(sourceName, maxNodeLine, $"node {maxNode} outside the declared 'nodes: {declared}' (ids 0..{declared - 1})");
        if (declared < 0) InputError.CheckNodeCount(maxNode + 1L, sourceName, maxNodeLine);
        return new Graph(declared >= 0 ? declared : maxNode + 1, edges);
    }

    /// <summary>Shared validation for edge-based readers: ids already converted to 0-based by subtracting <paramref name="idBase"/>.</summary>
    internal static void AddEdge(List<Edge> edges, Dictionary<(int, int), int> firstLine, string source, int lineNo, int u, int v, double w, int idBase)
    {
        if (u < 0 || v < 0) throw InputError.At(source, lineNo, $"node ids must be >= {idBase}, got {u + idBase} {v + idBase}");
        if (u == v) throw InputError.At(source, lineNo, $"self-loop at node {u + idBase} rejected (MaxCut/TSP graphs are simple)");
        var key = (Math.Min(u, v), Math.Max(u, v));
        if (firstLine.TryGetValue(key, out int prev))
            throw InputError.At(source, lineNo, $"duplicate edge {u + idBase}-{v + idBase} rejected (first given on line {prev}); merge weights yourself if intended");
        firstLine[key] = lineNo;
        edges.Add(new Edge(key.Item1, key.Item2, w));
    }
}
