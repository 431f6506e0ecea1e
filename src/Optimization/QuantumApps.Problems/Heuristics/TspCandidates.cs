using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Candidate (neighbour) lists for TSP local search: for every city the k nearest other cities, nearest first (ties by
/// city index). With planar coordinates (<see cref="FromCoordinates"/>: TSPLIB EUC_2D, CEIL_2D, ATT) they come from a
/// <see cref="KdTree2D"/>, O(n log² n) to build and about O(log n + k) per city; otherwise (<see cref="Nearest"/>:
/// EXPLICIT matrices, GEO, road-network distances) from each row of the distance matrix by a bounded insertion
/// (O(n² k) in all, no sorting of whole rows).
/// </summary>
public sealed class TspCandidates
{
    private readonly int[] _near;

    private TspCandidates(int cities, int k, int[] near)
    {
        Cities = cities;
        K = k;
        _near = near;
    }

    /// <summary>Number of cities n.</summary>
    public int Cities { get; }

    /// <summary>Candidates per city, min(k, n − 1).</summary>
    public int K { get; }

    /// <summary>The <see cref="K"/> nearest cities to <paramref name="city"/>, nearest first.</summary>
    public ReadOnlySpan<int> Of(int city) => _near.AsSpan(city * K, K);

    /// <summary>
    /// Builds the lists of the k nearest cities by Euclidean distance between the coordinates (ties by index) with a
    /// k-d tree; for instances whose distance grows with the Euclidean distance these are k nearest by distance too.
    /// </summary>
    public static TspCandidates FromCoordinates(PlanarCoordinates coordinates, int k)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (k < 1) throw new QuantumAppsException($"candidate lists: k must be at least 1, got {k}");
        var tree = new KdTree2D(coordinates.X, coordinates.Y);
        int n = tree.Count;
        k = Math.Min(k, Math.Max(0, n - 1));
        var near = new int[n * k];
        for (int i = 0; i < n; i++)
        {
            tree.Nearest(i, k, near.AsSpan(i * k, k));
        }

        return new TspCandidates(n, k, near);
    }

    /// <summary>Builds the lists of the k nearest cities by d[i, ·] (row i of a symmetric or asymmetric matrix).</summary>
    public static TspCandidates Nearest(DistanceMatrix d, int k)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (k < 1) throw new QuantumAppsException($"candidate lists: k must be at least 1, got {k}");
        int n = d.Size;
        k = Math.Min(k, Math.Max(0, n - 1));
        var near = new int[n * k];
        var nearDist = new double[k];
        for (int i = 0; i < n; i++)
        {
            var row = near.AsSpan(i * k, k);
            int filled = 0;
            for (int j = 0; j < n; j++)
            {
                if (j == i) continue;
                double dj = d[i, j];
                if (filled == k && dj >= nearDist[k - 1]) continue;
                int p = filled < k ? filled++ : k - 1;
                while (p > 0 && nearDist[p - 1] > dj)
                {
                    nearDist[p] = nearDist[p - 1];
                    row[p] = row[p - 1];
                    p--;
                }

                nearDist[p] = dj;
                row[p] = j;
            }
        }

        return new TspCandidates(n, k, near);
    }
}
