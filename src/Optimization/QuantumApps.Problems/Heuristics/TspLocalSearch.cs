using System.Diagnostics;
using QuantumApps.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Classical TSP construction and improvement for symmetric distance matrices: nearest neighbour,
/// 2-opt (reverse a segment when d(a,b) + d(c,e) &gt; d(a,c) + d(b,e), first improvement, until none) and
/// Or-opt (move a segment of 1–3 cities, either orientation, to a better position). <see cref="NearestNeighbourTwoOpt"/>
/// runs NN from every start city (n ≤ 200, else from city 0), improves each with 2-opt + Or-opt to a joint local
/// optimum and keeps the best. Tours are returned starting at city 0.
/// </summary>
public static class TspLocalSearch
{
    public static int[] NearestNeighbour(DistanceMatrix d, int start = 0)
    {
        int n = d.Size;
        var tour = new int[n];
        var used = new bool[n];
        tour[0] = start; used[start] = true;
        for (int k = 1; k < n; k++)
        {
            int prev = tour[k - 1], best = -1;
            double bd = double.PositiveInfinity;
            for (int c = 0; c < n; c++)
                if (!used[c] && d[prev, c] < bd) { bd = d[prev, c]; best = c; }
            tour[k] = best; used[best] = true;
        }
        return tour;
    }

    /// <summary>Improves the tour in place with 2-opt; returns true if anything changed.</summary>
    public static bool TwoOpt(DistanceMatrix d, int[] tour)
    {
        RequireSymmetric(d);
        int n = tour.Length;
        bool any = false, improved = true;
        while (improved)
        {
            improved = false;
            for (int i = 0; i < n - 1; i++)
                for (int j = i + 2; j < n; j++)
                {
                    int a = tour[i], b = tour[i + 1], c = tour[j], e = tour[(j + 1) % n];
                    if (a == e) continue;
                    double delta = d[a, c] + d[b, e] - d[a, b] - d[c, e];
                    if (delta < -1e-10)
                    {
                        Array.Reverse(tour, i + 1, j - i);
                        improved = any = true;
                    }
                }
        }
        return any;
    }

    /// <summary>
    /// Improves the tour in place with Or-opt moves of segments of length 1..3 (cyclic), each reinserted between
    /// two consecutive cities of the remaining tour in the better orientation; first improvement, until none.
    /// The scan is allocation-free; the tour is rebuilt only when a move is applied. Returns true if anything changed.
    /// </summary>
    public static bool OrOpt(DistanceMatrix d, int[] tour)
    {
        RequireSymmetric(d);
        int n = tour.Length;
        bool any = false, improved = true;
        var scratch = new int[n];
        while (improved && n >= 5)
        {
            improved = false;
            for (int len = 1; len <= 3 && !improved; len++)
                for (int i = 0; i < n && !improved; i++)
                {
                    int first = tour[i], last = tour[(i + len - 1) % n];
                    int prev = tour[(i - 1 + n) % n], next = tour[(i + len) % n];
                    double removeGain = d[prev, first] + d[last, next] - d[prev, next];
                    // The remaining tour, read from next onwards, is rest[r] = tour[(i + len + r) % n], r = 0..n−len−1;
                    // inserting between rest[r] and rest[r+1] (cyclic) for r = 0..n−len−2 never re-creates the old position.
                    int restLen = n - len;
                    for (int r = 0; r < restLen - 1; r++)
                    {
                        int x = tour[(i + len + r) % n], y = tour[(i + len + r + 1) % n];
                        double fwd = d[x, first] + d[last, y] - d[x, y];
                        double rev = d[x, last] + d[first, y] - d[x, y];
                        double add = Math.Min(fwd, rev);
                        if (add - removeGain >= -1e-10) continue;
                        int k = 0;
                        for (int q = 0; q <= r; q++) scratch[k++] = tour[(i + len + q) % n];
                        if (rev < fwd) for (int q = len - 1; q >= 0; q--) scratch[k++] = tour[(i + q) % n];
                        else for (int q = 0; q < len; q++) scratch[k++] = tour[(i + q) % n];
                        for (int q = r + 1; q < restLen; q++) scratch[k++] = tour[(i + len + q) % n];
                        Array.Copy(scratch, tour, n);
                        improved = any = true;
                        break;
                    }
                }
        }
        return any;
    }

    /// <summary>2-opt and Or-opt alternated until neither improves.</summary>
    public static void Improve(DistanceMatrix d, int[] tour)
    {
        while (true)
        {
            bool a = TwoOpt(d, tour);
            bool b = OrOpt(d, tour);
            if (!a && !b) return;
        }
    }

    /// <summary>
    /// NN from start cities 0, 1, 2, … each improved by <see cref="Improve"/>, best kept. The number of starts is
    /// <see cref="SearchBudget.Restarts"/> (at most n; default n when n ≤ 200, else 1); with a time limit no new start
    /// begins after it (the first always runs) and, when no restart count is given, starts continue up to n.
    /// </summary>
    public static TourSolution NearestNeighbourTwoOpt(DistanceMatrix d, SearchBudget? budget = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(d);
        budget = (budget ?? new SearchBudget()).Validated();
        var sw = Stopwatch.StartNew();
        long start = Stopwatch.GetTimestamp();
        int n = d.Size;
        if (n <= 3) return HeldKarp.Solve(d) with { Method = "nn2opt", Seconds = sw.Elapsed.TotalSeconds };
        int[]? best = null;
        double bestLen = double.PositiveInfinity;
        int starts = Math.Min(n, budget.Restarts ?? (budget.TimeLimitSeconds is null ? (n <= 200 ? n : 1) : n));
        long deadline = budget.DeadlineTimestamp(start, 0, 1);
        for (int s = 0; s < starts; s++)
        {
            if (s > 0 && Stopwatch.GetTimestamp() >= deadline) break;
            cancellationToken.ThrowIfCancellationRequested();
            var t = NearestNeighbour(d, s);
            Improve(d, t);
            double len = d.TourLength(t);
            if (len < bestLen - 1e-10) { bestLen = len; best = t; }
        }
        var r = TspQubo.RotateToZero(best!);
        return new TourSolution(d.TourLength(r), r, "nn2opt", sw.Elapsed.TotalSeconds);
    }

    internal static void RequireSymmetric(DistanceMatrix d)
    {
        if (!d.IsSymmetric) throw new QuantumAppsException("2-opt/Or-opt need a symmetric distance matrix");
    }
}
