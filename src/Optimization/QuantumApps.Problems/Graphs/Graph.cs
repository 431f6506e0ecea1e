using QuantumApps.Simulator;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.ShortestPath;

namespace QuantumApps.Problems.Graphs;

/// <summary>
/// Immutable weighted undirected simple graph on nodes 0..n−1 with value equality.
/// Conventions: every edge is stored once with U &lt; V, edges are sorted by (U, V); self-loops, duplicate
/// edges and non-finite weights are rejected (readers report them with file and line). Negative weights are
/// allowed (signed MaxCut / Ising couplings) but <see cref="ShortestPathsFrom"/> refuses them.
/// Adjacency is held in compressed-sparse-row form so neighbour loops allocate nothing. Connectivity and shortest paths
/// are QuikGraph 2.5.0's (connected components, Dijkstra) on a QuikGraph view of the same edges, built once on first use.
/// </summary>
public sealed class Graph : IEquatable<Graph>
{
    private readonly Edge[] _edges;
    private readonly int[] _adjStart;
    private readonly int[] _adjNode;
    private readonly double[] _adjWeight;
    private readonly Lazy<UndirectedGraph<int, TaggedUndirectedEdge<int, double>>> _quik;

    /// <summary>Builds a graph, validating nodes, weights, self-loops and duplicates.</summary>
    /// <exception cref="QuantumAppsException">On a self-loop, duplicate edge, node out of range or non-finite weight.</exception>
    public Graph(int nodeCount, IEnumerable<Edge> edges)
    {
        if (nodeCount < 0) throw new QuantumAppsException($"graph: node count must be non-negative, got {nodeCount}");
        NodeCount = nodeCount;
        var list = new List<Edge>();
        var seen = new HashSet<(int, int)>();
        foreach (var e in edges)
        {
            if (e.U < 0 || e.U >= nodeCount || e.V < 0 || e.V >= nodeCount)
                throw new QuantumAppsException($"graph: edge ({e.U},{e.V}) has a node outside 0..{nodeCount - 1}");
            if (e.U == e.V) throw new QuantumAppsException($"graph: self-loop at node {e.U} rejected");
            if (!double.IsFinite(e.Weight)) throw new QuantumAppsException($"graph: edge ({e.U},{e.V}) has non-finite weight {e.Weight}");
            int u = Math.Min(e.U, e.V), v = Math.Max(e.U, e.V);
            if (!seen.Add((u, v))) throw new QuantumAppsException($"graph: duplicate edge ({u},{v}) rejected");
            list.Add(new Edge(u, v, e.Weight));
        }
        list.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        _edges = list.ToArray();

        _adjStart = new int[nodeCount + 1];
        foreach (var e in _edges) { _adjStart[e.U + 1]++; _adjStart[e.V + 1]++; }
        for (int i = 0; i < nodeCount; i++) _adjStart[i + 1] += _adjStart[i];
        _adjNode = new int[2 * _edges.Length];
        _adjWeight = new double[2 * _edges.Length];
        var fill = (int[])_adjStart.Clone();
        foreach (var e in _edges)
        {
            _adjNode[fill[e.U]] = e.V; _adjWeight[fill[e.U]++] = e.Weight;
            _adjNode[fill[e.V]] = e.U; _adjWeight[fill[e.V]++] = e.Weight;
        }
        double total = 0;
        foreach (var e in _edges) total += e.Weight;
        TotalWeight = total;
        _quik = new Lazy<UndirectedGraph<int, TaggedUndirectedEdge<int, double>>>(ToQuikGraph);
    }

    /// <summary>The same graph as a QuikGraph undirected graph, edge weight in the tag.</summary>
    private UndirectedGraph<int, TaggedUndirectedEdge<int, double>> ToQuikGraph()
    {
        var g = new UndirectedGraph<int, TaggedUndirectedEdge<int, double>>(allowParallelEdges: true);
        g.AddVertexRange(Enumerable.Range(0, NodeCount));
        foreach (var e in _edges) g.AddEdge(new TaggedUndirectedEdge<int, double>(e.U, e.V, e.Weight));
        return g;
    }

    /// <summary>Number of nodes n (nodes are 0..n−1).</summary>
    public int NodeCount { get; }

    /// <summary>Edges with U &lt; V, sorted by (U, V).</summary>
    public IReadOnlyList<Edge> Edges => _edges;

    /// <summary>Number of edges m.</summary>
    public int EdgeCount => _edges.Length;

    /// <summary>Σ over edges of w_uv.</summary>
    public double TotalWeight { get; }

    /// <summary>True when every edge has weight exactly 1.</summary>
    public bool IsUnweighted => _edges.All(e => e.Weight == 1.0);

    /// <summary>Number of neighbours of <paramref name="node"/>.</summary>
    public int Degree(int node) => _adjStart[node + 1] - _adjStart[node];

    /// <summary>Σ_v w_uv over the neighbours v of u.</summary>
    public double WeightedDegree(int node)
    {
        double s = 0;
        foreach (var w in NeighborWeights(node)) s += w;
        return s;
    }

    /// <summary>Neighbour node ids of <paramref name="node"/> (parallel to <see cref="NeighborWeights"/>).</summary>
    public ReadOnlySpan<int> Neighbors(int node) => _adjNode.AsSpan(_adjStart[node], Degree(node));

    /// <summary>Weights of the edges to <see cref="Neighbors"/>, same order.</summary>
    public ReadOnlySpan<double> NeighborWeights(int node) => _adjWeight.AsSpan(_adjStart[node], Degree(node));

    /// <summary>Weight of edge (u, v), or null when absent.</summary>
    public double? Weight(int u, int v)
    {
        var nb = Neighbors(u);
        for (int k = 0; k < nb.Length; k++) if (nb[k] == v) return NeighborWeights(u)[k];
        return null;
    }

    /// <summary>True when n ≤ 1 or every node is reachable from node 0 (QuikGraph connected components).</summary>
    public bool IsConnected()
    {
        if (NodeCount <= 1) return true;
        return _quik.Value.ConnectedComponents(new Dictionary<int, int>(NodeCount)) == 1;
    }

    /// <summary>
    /// Single-source shortest path lengths by QuikGraph's undirected Dijkstra (binary heap, O((n+m) log n)).
    /// Unreachable nodes get +∞.
    /// </summary>
    /// <exception cref="QuantumAppsException">When any edge weight is negative.</exception>
    public double[] ShortestPathsFrom(int source)
    {
        if (source < 0 || source >= NodeCount) throw new QuantumAppsException($"graph: source node {source} outside 0..{NodeCount - 1}");
        foreach (var e in _edges)
            if (e.Weight < 0) throw new QuantumAppsException($"graph: shortest paths need non-negative weights, edge ({e.U},{e.V}) has {e.Weight}");
        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<int, TaggedUndirectedEdge<int, double>>(_quik.Value, e => e.Tag);
        dijkstra.Compute(source);
        var dist = new double[NodeCount];
        for (int v = 0; v < NodeCount; v++)
        {
            // QuikGraph leaves unreached vertices at its initial distance double.MaxValue.
            dist[v] = dijkstra.TryGetDistance(v, out double x) && x < double.MaxValue ? x : double.PositiveInfinity;
        }

        return dist;
    }

    /// <inheritdoc/>
    public bool Equals(Graph? other) =>
        other is not null && NodeCount == other.NodeCount && _edges.AsSpan().SequenceEqual(other._edges);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Graph);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(NodeCount);
        foreach (var e in _edges) h.Add(e);
        return h.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"Graph(n={NodeCount}, m={EdgeCount}, W={TotalWeight})";
}
