using System.Numerics;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Problems;

/// <summary>
/// Exhaustive O(2^n) evaluation of a QUBO. The n variables are split into m low bits and k = n − m high bits.
/// E(x) = offset + E_high(p) + E_low(g) + Σ_(j low) g_j·h_j(p), where p is the high part, g the low part and
/// h_j(p) = Σ_(i high, p_i = 1) Q_ij. E_low is tabulated once in Gray-code order; within a block (fixed p) the
/// low part runs through the Gray code, so the cross term changes by ±h_j for the single flipped bit j.
/// Each state therefore costs O(1) whatever the density. Blocks run in parallel in contiguous ranges of p, as the Simulator's
/// <see cref="Parallelism"/> policy decides.
/// </summary>
internal static class QuboKernels
{
    private const int MaxLowBits = 20;

    /// <summary>
    /// Enumerates all 2^n states. Writes E into <paramref name="diagonal"/> (basis index order) when not null.
    /// Returns the minimum energy and the first state attaining it in enumeration order (deterministic).
    /// </summary>
    /// <remarks>The token is checked per block of 2^20 states (cancellation throws <see cref="OperationCanceledException"/>); progress counts finished blocks.</remarks>
    public static void Enumerate(Qubo q, double[]? diagonal, out double bestEnergy, out ulong bestIndex,
        IProgress<Heuristics.SearchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        int n = q.NumVariables;
        int m = Math.Min(n, MaxLowBits);
        int k = n - m;
        long lowCount = 1L << m;
        var table = LowTable(q, m);

        var crossStart = new int[k + 1];
        var crossVar = new List<int>();
        var crossVal = new List<double>();
        for (int i = m; i < n; i++)
        {
            for (int a = q.AdjStart[i]; a < q.AdjStart[i + 1]; a++)
                if (q.AdjVar[a] < m) { crossVar.Add(q.AdjVar[a]); crossVal.Add(q.AdjValue[a]); }
            crossStart[i - m + 1] = crossVar.Count;
        }
        var cVar = crossVar.ToArray();
        var cVal = crossVal.ToArray();

        long blocks = 1L << k;
        var blockBest = new double[blocks];
        var blockIdx = new ulong[blocks];
        long finished = 0;
        long every = Math.Max(1, blocks / 100);
        // A block touches 2^m states, so the sweep as a whole touches 2^n: the Simulator's policy decides the threads.
        Parallelism.For(blocks, blocks * lowCount, 1, (first, last) =>
        {
            Span<double> h = stackalloc double[m];
            for (long p = first; p < last && !cancellationToken.IsCancellationRequested; p++)
            {
                double baseE = q.Offset + HighEnergy(q, m, (ulong)p);
                h.Clear();
                for (int i = 0; i < k; i++)
                    if ((((ulong)p >> i) & 1) != 0)
                        for (int a = crossStart[i]; a < crossStart[i + 1]; a++) h[cVar[a]] += cVal[a];
                ulong hiBits = (ulong)p << m;
                double best = baseE + table[0];
                ulong bestG = 0;
                double lin = 0;
                if (diagonal is not null)
                {
                    diagonal[hiBits] = best;
                    for (long t = 1; t < lowCount; t++)
                    {
                        int j = BitOperations.TrailingZeroCount(t);
                        // Bit j of gray(t) after the flip is set iff bit j+1 of t is clear.
                        lin += ((t >> (j + 1)) & 1) == 0 ? h[j] : -h[j];
                        diagonal[hiBits | (ulong)(t ^ (t >> 1))] = baseE + table[t] + lin;
                    }
                    for (long t = 1; t < lowCount; t++)
                    {
                        double e = diagonal[hiBits | (ulong)(t ^ (t >> 1))];
                        if (e < best) { best = e; bestG = (ulong)(t ^ (t >> 1)); }
                    }
                }
                else
                {
                    long bestT = 0;
                    for (long t = 1; t < lowCount; t++)
                    {
                        int j = BitOperations.TrailingZeroCount(t);
                        lin += ((t >> (j + 1)) & 1) == 0 ? h[j] : -h[j];
                        double e = baseE + table[t] + lin;
                        if (e < best) { best = e; bestT = t; }
                    }
                    bestG = (ulong)(bestT ^ (bestT >> 1));
                }
                blockBest[p] = best;
                blockIdx[p] = hiBits | bestG;
                long done = Interlocked.Increment(ref finished);
                if (progress is not null && done % every == 0) progress.Report(new Heuristics.SearchProgress("exact", done, blocks, "blocks of 2^" + m + " states", double.NaN));
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        bestEnergy = double.PositiveInfinity;
        bestIndex = 0;
        for (long p = 0; p < blocks; p++)
            if (blockBest[p] < bestEnergy) { bestEnergy = blockBest[p]; bestIndex = blockIdx[p]; }
    }

    /// <summary>E_low(gray(t)) for t = 0..2^m−1 (only variables &lt; m and pairs among them; no offset).</summary>
    private static double[] LowTable(Qubo q, int m)
    {
        long count = 1L << m;
        var table = new double[count];
        var field = new double[m];
        var lin = q.Linear;
        double e = 0;
        ulong g = 0;
        for (long t = 1; t < count; t++)
        {
            int j = BitOperations.TrailingZeroCount(t);
            bool setNow = ((g >> j) & 1) == 0;
            double delta = lin[j] + field[j];
            e += setNow ? delta : -delta;
            g ^= 1UL << j;
            double sign = setNow ? 1 : -1;
            for (int a = q.AdjStart[j]; a < q.AdjStart[j + 1]; a++)
            {
                int v = q.AdjVar[a];
                if (v < m) field[v] += sign * q.AdjValue[a];
            }
            table[t] = e;
        }
        return table;
    }

    private static double HighEnergy(Qubo q, int m, ulong p)
    {
        double e = 0;
        var lin = q.Linear;
        for (int i = m; i < q.NumVariables; i++)
        {
            if (((p >> (i - m)) & 1) == 0) continue;
            e += lin[i];
            for (int a = q.AdjStart[i]; a < q.AdjStart[i + 1]; a++)
            {
                int v = q.AdjVar[a];
                if (v > i && ((p >> (v - m)) & 1) != 0) e += q.AdjValue[a];
            }
        }
        return e;
    }
}
