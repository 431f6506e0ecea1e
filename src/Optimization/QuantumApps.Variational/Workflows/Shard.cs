using System.Globalization;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based, 0 ≤ Index &lt; Count, written <c>K/N</c> as a Slurm array index
/// or a Kubernetes indexed-Job completion index gives it) of a batch of M independent items. Shard K takes the contiguous
/// block [⌊K·M/N⌋, ⌊(K+1)·M/N⌋): blocks are disjoint, cover every item once and differ in size by at most one, and
/// neighbouring items (e.g. warm-started scan points) stay together.
/// </summary>
public readonly record struct Shard
{
    /// <summary>Creates shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    public Shard(int index, int count)
    {
        if (count < 1) throw new ArgumentException($"shard count must be at least 1, got {count}");
        if (index < 0 || index >= count) throw new ArgumentException($"shard index must be in 0..{count - 1}, got {index}");
        Index = index;
        Count = count;
    }

    /// <summary>The whole batch: shard 0 of 1.</summary>
    public static Shard All => new(0, 1);

    /// <summary>0-based shard index K.</summary>
    public int Index { get; }

    /// <summary>Number of shards N.</summary>
    public int Count { get; }

    /// <summary>True when this shard is the whole batch.</summary>
    public bool IsAll => Count == 1;

    /// <summary>Parses <c>K/N</c>; throws <see cref="ArgumentException"/> with a one-line reason otherwise.</summary>
    public static Shard Parse(string text)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw new ArgumentException($"'{text}' is not a shard K/N (0-based K, e.g. 0/4 … 3/4)");
        return new Shard(k, n);
    }

    /// <summary>The block [Start, End) of <paramref name="items"/> items that belongs to this shard.</summary>
    public (int Start, int End) Range(int items)
    {
        if (items < 0) throw new ArgumentException($"item count must be non-negative, got {items}");
        return ((int)((long)Index * items / Count), (int)((long)(Index + 1) * items / Count));
    }

    /// <summary><c>K/N</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
