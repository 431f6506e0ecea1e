using QuantumApps.Simulator;

namespace QuantumApps.Problems;

/// <summary>
/// Immutable n×n matrix of non-negative finite distances d[i, j] (row = from, column = to) with a zero
/// diagonal and value equality. Symmetric for every TSPLIB type we read; asymmetric matrices are allowed and
/// <see cref="IsSymmetric"/> says which. Tour lengths are Σ_k d[tour[k], tour[k+1 mod n]].
/// </summary>
public sealed class DistanceMatrix : IEquatable<DistanceMatrix>
{
    private readonly double[] _d;

    /// <summary>Copies a row-major n×n array, validating entries.</summary>
    public DistanceMatrix(int size, ReadOnlySpan<double> rowMajor)
    {
        if (size < 1) throw new QuantumAppsException($"distance matrix: size must be at least 1, got {size}");
        if (rowMajor.Length != size * size) throw new QuantumAppsException($"distance matrix: expected {size * size} entries, got {rowMajor.Length}");
        _d = rowMajor.ToArray();
        Size = size;
        bool sym = true;
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
            {
                double v = _d[i * size + j];
                if (!double.IsFinite(v) || v < 0) throw new QuantumAppsException($"distance matrix: entry ({i},{j}) = {v} must be finite and non-negative");
                if (i == j && v != 0) throw new QuantumAppsException($"distance matrix: diagonal entry ({i},{i}) = {v} must be 0");
                if (_d[j * size + i] != v) sym = false;
            }
        IsSymmetric = sym;
    }

    /// <summary>Builds from a function d(i, j) for i ≠ j (diagonal set to 0).</summary>
    public static DistanceMatrix FromFunction(int size, Func<int, int, double> distance)
    {
        var a = new double[size * size];
        for (int i = 0; i < size; i++)
            for (int j = 0; j < size; j++)
                a[i * size + j] = i == j ? 0 : distance(i, j);
        return new DistanceMatrix(size, a);
    }

    /// <summary>Number of cities/nodes n.</summary>
    public int Size { get; }

    /// <summary>True when d[i, j] = d[j, i] for all pairs.</summary>
    public bool IsSymmetric { get; }

    /// <summary>Distance from <paramref name="i"/> to <paramref name="j"/>.</summary>
    public double this[int i, int j] => _d[i * Size + j];

    /// <summary>Row-major view of all n² entries.</summary>
    public ReadOnlySpan<double> AsSpan() => _d;

    /// <summary>Closed tour length Σ_k d[t_k, t_(k+1) mod n]; the tour must be a permutation of 0..n−1.</summary>
    public double TourLength(IReadOnlyList<int> tour)
    {
        if (!IsPermutation(tour, Size)) throw new QuantumAppsException($"tour: [{string.Join(",", tour)}] is not a permutation of 0..{Size - 1}");
        double s = 0;
        for (int k = 0; k < tour.Count; k++) s += this[tour[k], tour[(k + 1) % tour.Count]];
        return s;
    }

    /// <summary>True when <paramref name="tour"/> contains each of 0..n−1 exactly once.</summary>
    public static bool IsPermutation(IReadOnlyList<int> tour, int n)
    {
        if (tour.Count != n) return false;
        var seen = new bool[n];
        foreach (int c in tour)
        {
            if (c < 0 || c >= n || seen[c]) return false;
            seen[c] = true;
        }
        return true;
    }

    /// <summary>Sum of the <paramref name="count"/> largest off-diagonal entries (both directions counted as separate entries).</summary>
    public double SumOfLargestOffDiagonal(int count)
    {
        var off = new List<double>(Size * (Size - 1));
        for (int i = 0; i < Size; i++)
            for (int j = 0; j < Size; j++)
                if (i != j) off.Add(this[i, j]);
        off.Sort();
        double s = 0;
        for (int k = 0; k < count && k < off.Count; k++) s += off[off.Count - 1 - k];
        return s;
    }

    /// <inheritdoc/>
    public bool Equals(DistanceMatrix? other) => other is not null && Size == other.Size && _d.AsSpan().SequenceEqual(other._d);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DistanceMatrix);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Size);
        foreach (double v in _d) h.Add(v);
        return h.ToHashCode();
    }
}
