namespace QuantumApps.Simulator.Kernels;

/// <summary>Index arithmetic shared by the kernels.</summary>
internal static class BitOps
{
    /// <summary>Inserts a 0 bit at position <paramref name="bit"/>: bits below stay, bits at and above shift up by one.</summary>
    internal static long InsertZero(long k, int bit)
    {
        long low = k & ((1L << bit) - 1);
        return ((k ^ low) << 1) | low;
    }

    /// <summary>Inserts 0 bits at every position of <paramref name="sortedBits"/> (ascending).</summary>
    internal static long InsertZeros(long k, ReadOnlySpan<int> sortedBits)
    {
        foreach (int b in sortedBits) k = InsertZero(k, b);
        return k;
    }
}
