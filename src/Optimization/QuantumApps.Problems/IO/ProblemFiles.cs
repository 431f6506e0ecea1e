using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.IO;

/// <summary>
/// Reads graphs and instances with format detection by extension (.txt/.edges edge list, .gset/.rudy Gset,
/// .tsp TSPLIB, .vrp CVRPLIB) unless a format is given explicitly.
/// Cross-conversions: a TSP/VRP file read as a graph is the complete graph with the distances as weights
/// (symmetric instances only); a graph read as a TSP instance uses shortest-path distances between all nodes
/// (or between the nodes of a stops file), which needs a connected graph with non-negative weights.
/// </summary>
public static class ProblemFiles
{
    /// <summary>The format names accepted on the command line (<c>--graph-format</c>), the one name table.</summary>
    public static IReadOnlyList<(string Name, GraphFileFormat Format)> FormatNames { get; } =
    [
        ("edgelist", GraphFileFormat.EdgeList),
        ("gset", GraphFileFormat.Gset),
        ("tsp", GraphFileFormat.Tsp),
        ("vrp", GraphFileFormat.Vrp),
    ];

    /// <summary>The name of a format in <see cref="FormatNames"/>.</summary>
    public static string FormatName(GraphFileFormat format) => FormatNames.First(f => f.Format == format).Name;

    /// <summary>The given format or, when null, the one the extension names.</summary>
    public static GraphFileFormat Detect(string path, GraphFileFormat? format)
    {
        if (format is GraphFileFormat given)
        {
            return given;
        }

        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".edges" or ".el" => GraphFileFormat.EdgeList,
            ".gset" or ".rudy" => GraphFileFormat.Gset,
            ".tsp" => GraphFileFormat.Tsp,
            ".vrp" => GraphFileFormat.Vrp,
            var ext => throw new QuantumAppsException($"{path}: cannot tell the format from the extension '{ext}'; use .txt/.edges, .gset/.rudy, .tsp or .vrp, or give --graph-format"),
        };
    }

    /// <summary>Reads a weighted graph.</summary>
    public static Graph ReadGraph(string path, GraphFileFormat? format = null)
    {
        switch (Detect(path, format))
        {
            case GraphFileFormat.EdgeList: return EdgeListReader.Read(path);
            case GraphFileFormat.Gset: return GsetReader.Read(path);
            case GraphFileFormat.Tsp: return CompleteGraph(TsplibReader.ReadTsp(path).Distances, path);
            default: return CompleteGraph(TsplibReader.ReadVrp(path).Distances, path);
        }
    }

    /// <summary>Reads a TSP instance (see the class remarks for graphs); <paramref name="warning"/> gets the reader's warnings.</summary>
    public static TspInstance ReadTsp(string path, GraphFileFormat? format = null, string? stopsPath = null, Action<string>? warning = null)
    {
        var f = Detect(path, format);
        if (f == GraphFileFormat.Tsp)
        {
            if (stopsPath is not null) throw new QuantumAppsException("--stops applies to road-network graphs, not to .tsp files");
            return TsplibReader.ReadTsp(path, warning);
        }
        if (f == GraphFileFormat.Vrp) throw new QuantumAppsException($"{path}: is a CVRP instance; use the vrp command");
        var g = f == GraphFileFormat.EdgeList ? EdgeListReader.Read(path) : GsetReader.Read(path);
        var stops = stopsPath is not null
            ? RoadNetworkReader.ParseStops(InputError.ReadAll(stopsPath), stopsPath, g.NodeCount)
            : Enumerable.Range(0, g.NodeCount).ToArray();
        return RoadNetworkReader.BuildTsp(g, stops, path, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Reads a CVRP instance (.vrp only).</summary>
    public static VrpInstance ReadVrp(string path, GraphFileFormat? format = null)
    {
        if (Detect(path, format) != GraphFileFormat.Vrp) throw new QuantumAppsException($"{path}: the vrp command needs a CVRPLIB .vrp file");
        return TsplibReader.ReadVrp(path);
    }

    private static Graph CompleteGraph(DistanceMatrix d, string path)
    {
        if (!d.IsSymmetric) throw new QuantumAppsException($"{path}: asymmetric distances cannot be read as an undirected graph");
        var edges = new List<Edge>();
        for (int i = 0; i < d.Size; i++)
            for (int j = i + 1; j < d.Size; j++) edges.Add(new Edge(i, j, d[i, j]));
        return new Graph(d.Size, edges);
    }
}
