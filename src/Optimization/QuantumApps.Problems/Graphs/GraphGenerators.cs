using QuantumApps.Simulator;

namespace QuantumApps.Problems.Graphs;

/// <summary>
/// Named graphs and seeded random graph families. Every random generator takes an injected
/// <see cref="Random"/> so results are reproducible.
/// </summary>
public static class GraphGenerators
{
    /// <summary>
    /// The Petersen graph (10 nodes, 15 edges, 3-regular): outer 5-cycle 0..4, spokes i–(i+5),
    /// inner pentagram (5+i)–(5+(i+2) mod 5). Unweighted max cut = 12.
    /// </summary>
    public static Graph Petersen()
    {
        var edges = new List<Edge>();
        for (int i = 0; i < 5; i++)
        {
            edges.Add(new Edge(i, (i + 1) % 5, 1));
            edges.Add(new Edge(i, i + 5, 1));
            edges.Add(new Edge(5 + i, 5 + (i + 2) % 5, 1));
        }
        return new Graph(10, edges);
    }

    /// <summary>The d-dimensional hypercube Q_d: nodes are d-bit strings, edges join strings at Hamming distance 1.</summary>
    public static Graph Hypercube(int dimension)
    {
        if (dimension < 0 || dimension > 20) throw new QuantumAppsException($"hypercube: dimension must be 0..20, got {dimension}");
        int n = 1 << dimension;
        var edges = new List<Edge>();
        for (int u = 0; u < n; u++)
            for (int b = 0; b < dimension; b++)
            {
                int v = u ^ (1 << b);
                if (u < v) edges.Add(new Edge(u, v, 1));
            }
        return new Graph(n, edges);
    }

    /// <summary>The 3-cube Q3 (8 nodes, 12 edges, bipartite so max cut = 12).</summary>
    public static Graph Cube() => Hypercube(3);

    /// <summary>Complete graph K_n with unit weights.</summary>
    public static Graph Complete(int n) => Complete(n, (_, _) => 1.0);

    /// <summary>Complete graph K_n with weight w(u, v) for u &lt; v.</summary>
    public static Graph Complete(int n, Func<int, int, double> weight)
    {
        CheckN(n, "complete");
        var edges = new List<Edge>();
        for (int u = 0; u < n; u++)
            for (int v = u + 1; v < n; v++) edges.Add(new Edge(u, v, weight(u, v)));
        return new Graph(n, edges);
    }

    /// <summary>Complete graph K_n with weights drawn uniformly from [low, high) with the given <see cref="Random"/>.</summary>
    public static Graph CompleteRandomWeights(int n, double low, double high, Random rng) =>
        Complete(n, (_, _) => low + (high - low) * rng.NextDouble());

    /// <summary>Cycle (ring) C_n: edges i–(i+1) mod n, unit weights; n ≥ 3.</summary>
    public static Graph Ring(int n)
    {
        if (n < 3) throw new QuantumAppsException($"ring: needs at least 3 nodes, got {n}");
        var edges = new List<Edge>();
        for (int i = 0; i < n; i++) edges.Add(new Edge(i, (i + 1) % n, 1));
        return new Graph(n, edges);
    }

    /// <summary>
    /// Uniform-ish random d-regular simple graph by the configuration model: n·d half-edges are shuffled
    /// (Fisher–Yates with <paramref name="rng"/>) and paired; a pairing with a self-loop or a repeated edge is
    /// discarded and the whole pairing retried (at most <paramref name="maxAttempts"/> times).
    /// Requires n·d even and d &lt; n.
    /// </summary>
    public static Graph RandomRegular(int n, int d, Random rng, int maxAttempts = 10_000)
    {
        CheckN(n, "random regular");
        if (d < 0 || d >= n) throw new QuantumAppsException($"random regular: degree must be 0..n-1, got d={d} for n={n}");
        if ((n * d) % 2 != 0) throw new QuantumAppsException($"random regular: n*d must be even, got n={n}, d={d}");
        var stubs = new int[n * d];
        for (int attempt = 0; attempt < maxAttempts; attempt++)
        {
            for (int i = 0; i < stubs.Length; i++) stubs[i] = i / d;
            for (int i = stubs.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (stubs[i], stubs[j]) = (stubs[j], stubs[i]);
            }
            var seen = new HashSet<(int, int)>();
            var edges = new List<Edge>();
            bool ok = true;
            for (int i = 0; i < stubs.Length && ok; i += 2)
            {
                int u = Math.Min(stubs[i], stubs[i + 1]), v = Math.Max(stubs[i], stubs[i + 1]);
                ok = u != v && seen.Add((u, v));
                edges.Add(new Edge(u, v, 1));
            }
            if (ok) return new Graph(n, edges);
        }
        throw new QuantumAppsException($"random regular: no simple {d}-regular graph on {n} nodes found in {maxAttempts} attempts");
    }

    /// <summary>Erdős–Rényi G(n, p): each of the n(n−1)/2 pairs, in order (u, v) u &lt; v, is an edge with probability p; unit weights.</summary>
    public static Graph ErdosRenyi(int n, double p, Random rng)
    {
        CheckN(n, "Erdos-Renyi");
        if (!(p >= 0 && p <= 1)) throw new QuantumAppsException($"Erdos-Renyi: probability must be in [0,1], got {p}");
        var edges = new List<Edge>();
        for (int u = 0; u < n; u++)
            for (int v = u + 1; v < n; v++)
                if (rng.NextDouble() < p) edges.Add(new Edge(u, v, 1));
        return new Graph(n, edges);
    }

    private static void CheckN(int n, string what)
    {
        if (n < 1 || n > 1_000_000) throw new QuantumAppsException($"{what}: node count must be 1..1000000, got {n}");
    }
}
