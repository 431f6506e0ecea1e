using QuantumApps.Problems;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Single-flip bookkeeping for QUBO searches. With the field f_i = Σ_(j≠i) Q_ij x_j, flipping x_i changes the
/// energy by Δ_i = (1 − 2x_i)(Q_ii + f_i); after the flip each neighbour's field changes by ±Q_ij.
/// </summary>
internal static class QuboMoves
{
    public static void InitFields(Qubo q, ReadOnlySpan<bool> x, Span<double> field)
    {
        field.Clear();
        for (int i = 0; i < q.NumVariables; i++)
            if (x[i])
                for (int a = q.AdjStart[i]; a < q.AdjStart[i + 1]; a++) field[q.AdjVar[a]] += q.AdjValue[a];
    }

    public static double Delta(Qubo q, ReadOnlySpan<bool> x, ReadOnlySpan<double> field, int i) =>
        (x[i] ? -1.0 : 1.0) * (q.Linear[i] + field[i]);

    public static void Flip(Qubo q, Span<bool> x, Span<double> field, int i)
    {
        x[i] = !x[i];
        double sign = x[i] ? 1.0 : -1.0;
        for (int a = q.AdjStart[i]; a < q.AdjStart[i + 1]; a++) field[q.AdjVar[a]] += sign * q.AdjValue[a];
    }

    /// <summary>Largest possible |Δ_i| over all states: max_i |Q_ii| + Σ_j |Q_ij| (sets annealing temperatures).</summary>
    public static double MaxAbsDelta(Qubo q)
    {
        double m = 0;
        for (int i = 0; i < q.NumVariables; i++)
        {
            double s = Math.Abs(q.Linear[i]);
            for (int a = q.AdjStart[i]; a < q.AdjStart[i + 1]; a++) s += Math.Abs(q.AdjValue[a]);
            m = Math.Max(m, s);
        }
        return m;
    }

    public static bool[] RandomBits(int n, Random rng)
    {
        var x = new bool[n];
        for (int i = 0; i < n; i++) x[i] = rng.Next(2) == 1;
        return x;
    }
}
