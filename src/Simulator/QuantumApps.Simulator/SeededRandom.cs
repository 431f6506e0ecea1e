namespace QuantumApps.Simulator;

/// <summary>
/// The one way a 64-bit <c>--seed</c> becomes a generator: seeds in the 32-bit range are used as they are
/// (<c>new Random((int)seed)</c>, so runs with earlier 32-bit seeds reproduce), larger ones fold their high half in,
/// <c>(int)(seed ^ (seed &gt;&gt; 32))</c>.
/// </summary>
public static class SeededRandom
{
    /// <summary>The 32-bit seed of the .NET generator for a 64-bit seed.</summary>
    public static int Int32Seed(long seed) =>
        seed is >= int.MinValue and <= int.MaxValue ? (int)seed : unchecked((int)(seed ^ (seed >> 32)));

    /// <summary>A generator for a 64-bit seed.</summary>
    public static Random Create(long seed) => new(Int32Seed(seed));
}
