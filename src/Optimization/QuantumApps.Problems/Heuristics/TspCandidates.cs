using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Candidate (neighbour) lists for TSP local search: for every city the k nearest other cities, nearest first (ties by
/// city index). They are selected from each row of the distance matrix by a bounded insertion (O(n² k) in all, no
/// sorting of whole rows); the dense matrix is already O(n²), so a k-d tree over coordinates would not change the order
/// of the cost, and the same code serves EXPLICIT matrices and road-network distances, which have no coordinates.
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
