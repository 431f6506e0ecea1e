using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Turns a road network (an edge list, see <see cref="EdgeListReader"/>, weights = road lengths, must be
/// non-negative) plus a stops file (one 0-based road-node id per line, <c>#</c> comments; the first stop is
/// the start/depot) into a TSP instance whose distance d[a, b] is the Dijkstra shortest-path length between
/// stops a and b. Unreachable stop pairs (disconnected network) are an error naming both stops.
/// </summary>
public static class RoadNetworkReader
{
    /// <summary>Reads both files.</summary>
    public static TspInstance ReadTsp(string roadPath, string stopsPath)
    {
        var road = EdgeListReader.Read(roadPath);
        return BuildTsp(road, ParseStops(InputError.ReadAll(stopsPath), stopsPath, road.NodeCount), roadPath, Path.GetFileNameWithoutExtension(stopsPath));
    }

    /// <summary>
    /// Parses a stops list (one node id per line); with <paramref name="nodeCount"/> (the road network's) a stop that is
    /// not a node is refused with the stops file's line.
    /// </summary>
    public static IReadOnlyList<int> ParseStops(string text, string sourceName = "<stops>", int? nodeCount = null)
    {
        var stops = new List<int>();
        var firstLine = new Dictionary<int, int>();
        var lines = InputError.Lines(text);
        for (int li = 0; li < lines.Length; li++)
        {
            string s = lines[li];
            int hash = s.IndexOf('#');
            if (hash >= 0) s = s[..hash];
            var t = InputError.Tokens(s);
            if (t.Length == 0) continue;
            if (t.Length != 1) throw InputError.At(sourceName, li + 1, $"expected one node id, got {t.Length} fields");
            int k = InputError.ParseInt(t[0], sourceName, li + 1, "stop node");
            if (k < 0) throw InputError.At(sourceName, li + 1, $"stop node {k} is negative");
            if (k >= nodeCount) throw InputError.At(sourceName, li + 1, $"stop {k} is not a node of the road network (0..{nodeCount - 1})");
            if (firstLine.TryGetValue(k, out int prev)) throw InputError.At(sourceName, li + 1, $"stop {k} listed twice (first on line {prev})");
            firstLine[k] = li + 1;
            stops.Add(k);
        }
        if (stops.Count < 2) throw InputError.In(sourceName, $"need at least 2 stops, got {stops.Count}");
        return stops;
    }

    /// <summary>Shortest-path distance matrix between <paramref name="stops"/> on <paramref name="road"/>.</summary>
    public static TspInstance BuildTsp(Graph road, IReadOnlyList<int> stops, string roadName, string name)
    {
        foreach (var e in road.Edges)
            if (e.Weight < 0) throw InputError.In(roadName, $"road {e.U}-{e.V} has negative length {e.Weight}");
        foreach (int s in stops)
            if (s >= road.NodeCount) throw InputError.In(roadName, $"stop {s} is not a node of the road network (0..{road.NodeCount - 1})");
        int n = stops.Count;
        long entries = (long)n * n;
        if (entries > Array.MaxLength) throw InputError.In(roadName, $"{n} stops: the {n}×{n} distance matrix has more entries than the largest .NET array ({Array.MaxLength})");
        try
        {
            MemoryGuard.EnsureFits(entries * sizeof(double), $"{n} stops: the {n}×{n} distance matrix", MemoryGuard.InputDataShare);
        }
        catch (QuantumAppsException e)
        {
            throw InputError.In(roadName, e.Message);
        }

        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            var dist = road.ShortestPathsFrom(stops[i]);
            for (int j = 0; j < n; j++)
            {
                if (double.IsPositiveInfinity(dist[stops[j]]))
                    throw InputError.In(roadName, $"stop {stops[j]} is unreachable from stop {stops[i]}: the road network is disconnected");
                a[i * n + j] = i == j ? 0 : dist[stops[j]];
            }
        }
        return new TspInstance(name, new DistanceMatrix(n, a));
    }
}
