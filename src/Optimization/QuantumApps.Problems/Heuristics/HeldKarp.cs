using System.Diagnostics;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Exact TSP by the Held–Karp dynamic programme: D(S, j) = min length of a path from city 0 through all of
/// S ⊆ {1..n−1} ending at j ∈ S; D(S ∪ {k}, k) = min_j D(S, j) + d_jk; optimum = min_j D(full, j) + d_j0.
/// O(2^n n²) time, 2^(n−1)(n−1)·9 bytes (double value + byte parent). Works for asymmetric matrices.
/// Memory is checked up front and the request refused with the bytes needed. The token is checked every 2^12 subsets
/// (cancellation throws <see cref="OperationCanceledException"/>).
/// </summary>
public static class HeldKarp
{
    /// <summary>Hard limit on the city count.</summary>
    public const int MaxCities = 25;

    /// <summary>Bytes the DP tables need for <paramref name="n"/> cities.</summary>
    public static long BytesNeeded(int n) => n <= 1 ? 0 : (1L << (n - 1)) * (n - 1) * 9;

    public static TourSolution Solve(DistanceMatrix d, IProgress<SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var sw = Stopwatch.StartNew();
        int n = d.Size;
        if (n > MaxCities) throw new QuantumAppsException($"Held-Karp: {n} cities need {BytesNeeded(n)} bytes and ~2^{n} n^2 steps; limit is {MaxCities} cities");
        if (n <= 3)
        {
            var t = Enumerable.Range(0, n).ToArray();
            double best = d.TourLength(t);
            if (n == 3)
            {
                var r = new[] { 0, 2, 1 };
                if (d.TourLength(r) < best) { best = d.TourLength(r); t = r; }
            }
            return new TourSolution(best, t, "exact", sw.Elapsed.TotalSeconds);
        }
        MemoryCheck.Ensure(BytesNeeded(n), $"Held-Karp for {n} cities");
        int m = n - 1;
        int full = (1 << m) - 1;
        var dp = new double[(long)(full + 1) * m];
        var parent = new byte[(long)(full + 1) * m];
        Array.Fill(dp, double.PositiveInfinity);
        var dist = d.AsSpan().ToArray();
        for (int j = 0; j < m; j++) dp[(1L << j) * m + j] = dist[j + 1];
        for (int s = 1; s <= full; s++)
        {
            if ((s & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (progress is not null && (s & ((1 << 16) - 1)) == 0) progress.Report(new SearchProgress("exact", s, full, "subsets", double.NaN));
            }

            long row = (long)s * m;
            for (int j = 0; j < m; j++)
            {
                if ((s & (1 << j)) == 0) continue;
                double dj = dp[row + j];
                if (double.IsPositiveInfinity(dj)) continue;
                int from = (j + 1) * n;
                for (int k = 0; k < m; k++)
                {
                    if ((s & (1 << k)) != 0) continue;
                    long target = (long)(s | (1 << k)) * m + k;
                    double alt = dj + dist[from + k + 1];
                    if (alt < dp[target]) { dp[target] = alt; parent[target] = (byte)j; }
                }
            }
        }
        double bestLen = double.PositiveInfinity;
        int last = 0;
        for (int j = 0; j < m; j++)
        {
            double v = dp[(long)full * m + j] + dist[(j + 1) * n];
            if (v < bestLen) { bestLen = v; last = j; }
        }
        var tour = new int[n];
        int set = full, cur = last;
        for (int pos = n - 1; pos >= 1; pos--)
        {
            tour[pos] = cur + 1;
            int prev = parent[(long)set * m + cur];
            set &= ~(1 << cur);
            cur = prev;
        }
        return new TourSolution(d.TourLength(tour), tour, "exact", sw.Elapsed.TotalSeconds);
    }
}
