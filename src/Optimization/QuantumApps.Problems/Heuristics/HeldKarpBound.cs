using System.Diagnostics;
using QuantumApps.Simulator;
using QuikGraph;
using QuikGraph.Algorithms;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Held–Karp lower bound for the symmetric TSP by the 1-tree relaxation with subgradient optimisation (Held &amp; Karp,
/// Operations Research 18 (1970) 1138 and Math. Programming 1 (1971) 6). A 1-tree is a spanning tree on cities 1..n−1
/// plus the two cheapest edges at city 0; every tour is a 1-tree, so with edge weights d_ij + π_i + π_j
/// L(π) = w_π(minimum 1-tree) − 2 Σ_i π_i ≤ optimal tour length for every π. The multipliers follow
/// π ← π + t_k (0.6 (deg_k − 2) + 0.4 (deg_(k−1) − 2)) with the step of Volgenant &amp; Jonker (EJOR 9 (1982) 83):
/// t_k = t_1 [(k−1)(2M−5)/(2(M−1)) − (k−2) + (k−1)(k−2)/(2(M−1)(M−2))], quadratic from t_1 = <see cref="FirstStepFactor"/> L(0)/n at k = 1 to
/// 0 at k = M, where M = max(1000, n²/50 + n + 16) (their suggestion, at least 1000) capped at max(50, 2·10⁸/n²) so the
/// O(n²) 1-trees cost at most about 2·10⁸ steps. The best value over all k is kept (the dual is not monotone in k). Held–Karp
/// bound of the LP kind: it equals the subtour-elimination LP optimum at the best π, which can lie above 1 % below the
/// optimum (kroA100: 20936.5 against 21282). The ascent stops early when a 1-tree is a tour (then it is optimal). The ascent's 1-trees come from a dense
/// O(n²) Prim; the reported bound is L at the best multipliers found, recomputed with QuikGraph's Prim minimum spanning
/// tree on the complete graph (two independent MST codes; a disagreement above 1e-9 relative throws).
/// </summary>
public static class HeldKarpBound
{
    /// <summary>Iterations of the ascent for <paramref name="n"/> cities (see the class remarks).</summary>
    public static int DefaultIterations(int n) =>
        (int)Math.Min(Math.Max(1000L, (long)n * n / 50 + n + 16), Math.Max(50L, 200_000_000L / Math.Max(1L, (long)n * n)));

    /// <summary>t_1 = FirstStepFactor · L(0) / n (Volgenant–Jonker used 0.01; 0.05 gave 6490.0 instead of 6461.6 on ch150 in 1000 iterations).</summary>
    public const double FirstStepFactor = 0.05;

    /// <summary>Computes the bound; <paramref name="maxIterations"/> overrides <see cref="DefaultIterations"/>.</summary>
    /// <exception cref="QuantumAppsException">For an asymmetric matrix.</exception>
    public static OneTreeBound Compute(DistanceMatrix d, int? maxIterations = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!d.IsSymmetric) throw new QuantumAppsException("Held-Karp 1-tree bound: needs a symmetric distance matrix");
        var sw = Stopwatch.StartNew();
        int n = d.Size;
        if (n <= 3)
        {
            return new OneTreeBound(HeldKarp.Solve(d, cancellationToken: cancellationToken).Length, 0, true, sw.Elapsed.TotalSeconds);
        }

        int m = maxIterations ?? DefaultIterations(n);
        if (m < 1) throw new QuantumAppsException($"Held-Karp 1-tree bound: iterations must be at least 1, got {m}");
        var dist = d.AsSpan().ToArray();
        var pi = new double[n];
        var bestPi = new double[n];
        var deg = new int[n];
        var lastDeg = new int[n];
        var work = new PrimWork(n);
        double best = double.NegativeInfinity;
        bool isTour = false;
        double t1 = 0;
        int k;
        for (k = 1; k <= m; k++)
        {
            if ((k & 15) == 0) cancellationToken.ThrowIfCancellationRequested();
            double l = OneTree(dist, n, pi, deg, work);
            if (k == 1) t1 = FirstStepFactor * Math.Abs(l) / n;
            if (l > best)
            {
                best = l;
                Array.Copy(pi, bestPi, n);
            }

            bool tour = true;
            for (int i = 0; i < n; i++) if (deg[i] != 2) { tour = false; break; }
            if (tour)
            {
                isTour = true;
                best = l;
                Array.Copy(pi, bestPi, n);
                break;
            }

            double t = m <= 2 ? t1 : t1 * ((k - 1) * (2.0 * m - 5) / (2.0 * (m - 1)) - (k - 2) + (k - 1) * (k - 2.0) / (2.0 * (m - 1) * (m - 2)));
            if (t <= 0) break;
            for (int i = 0; i < n; i++)
            {
                int g = deg[i] - 2, gPrev = k == 1 ? g : lastDeg[i] - 2;
                pi[i] += t * (0.6 * g + 0.4 * gPrev);
                lastDeg[i] = deg[i];
            }
        }

        double certified = QuikGraphOneTree(d, bestPi);
        if (Math.Abs(certified - best) > 1e-9 * Math.Max(1.0, Math.Abs(best)))
            throw new QuantumAppsException($"Held-Karp 1-tree bound: dense Prim ({best}) and QuikGraph Prim ({certified}) disagree");
        return new OneTreeBound(certified, Math.Min(k, m), isTour, sw.Elapsed.TotalSeconds);
    }

    /// <summary>L(π) by QuikGraph: Prim MST of the complete graph on cities 1..n−1 plus the two cheapest edges at city 0.</summary>
    internal static double QuikGraphOneTree(DistanceMatrix d, IReadOnlyList<double> pi)
    {
        int n = d.Size;
        var g = new UndirectedGraph<int, SEdge<int>>(allowParallelEdges: true);
        g.AddVertexRange(Enumerable.Range(1, n - 1));
        for (int i = 1; i < n; i++)
            for (int j = i + 1; j < n; j++) g.AddEdge(new SEdge<int>(i, j));
        double W(int i, int j) => d[i, j] + pi[i] + pi[j];
        double total = 0;
        foreach (var e in g.MinimumSpanningTreePrim(e => W(e.Source, e.Target))) total += W(e.Source, e.Target);
        double first = double.PositiveInfinity, second = double.PositiveInfinity;
        for (int j = 1; j < n; j++)
        {
            double w = W(0, j);
            if (w < first) { second = first; first = w; }
            else if (w < second) second = w;
        }

        return total + first + second - 2 * pi.Sum();
    }

    /// <summary>L(π) by the dense Prim of the ascent (for tests against <see cref="QuikGraphOneTree"/>).</summary>
    internal static double DenseOneTree(DistanceMatrix d, double[] pi) => OneTree(d.AsSpan().ToArray(), d.Size, pi, new int[d.Size], new PrimWork(d.Size));

    private sealed class PrimWork(int n)
    {
        public readonly double[] Key = new double[n];
        public readonly int[] Parent = new int[n];
        public readonly bool[] Done = new bool[n];
    }

    /// <summary>Minimum 1-tree under d_ij + π_i + π_j by dense Prim; fills degrees, returns L(π).</summary>
    private static double OneTree(double[] d, int n, double[] pi, int[] deg, PrimWork w)
    {
        Array.Clear(deg);
        var key = w.Key;
        var parent = w.Parent;
        var done = w.Done;
        Array.Fill(key, double.PositiveInfinity);
        Array.Clear(done);
        double total = 0;
        int cur = 1;
        done[1] = true;
        for (int added = 1; added < n - 1; added++)
        {
            int row = cur * n;
            double pc = pi[cur];
            int next = -1;
            double bestKey = double.PositiveInfinity;
            for (int j = 1; j < n; j++)
            {
                if (done[j]) continue;
                double v = d[row + j] + pc + pi[j];
                if (v < key[j]) { key[j] = v; parent[j] = cur; }
                if (key[j] < bestKey) { bestKey = key[j]; next = j; }
            }

            done[next] = true;
            total += bestKey;
            deg[next]++;
            deg[parent[next]]++;
            cur = next;
        }

        double first = double.PositiveInfinity, second = double.PositiveInfinity;
        int f = -1, s = -1;
        for (int j = 1; j < n; j++)
        {
            double v = d[j] + pi[0] + pi[j];
            if (v < first) { second = first; s = f; first = v; f = j; }
            else if (v < second) { second = v; s = j; }
        }

        deg[0] = 2;
        deg[f]++;
        deg[s]++;
        double sumPi = 0;
        for (int i = 0; i < n; i++) sumPi += pi[i];
        return total + first + second - 2 * sumPi;
    }
}
