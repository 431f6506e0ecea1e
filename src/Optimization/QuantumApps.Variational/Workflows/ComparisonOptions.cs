namespace QuantumApps.Variational.Workflows;

/// <summary>
/// Options shared by <see cref="MaxCutComparison"/>, <see cref="TspComparison"/> and <see cref="VrpComparison"/>.
/// Every method gets its own generator from <see cref="NewRandom"/>, so its result does not depend on which other
/// methods ran.
/// </summary>
/// <param name="Seed">64-bit seed of every random choice.</param>
/// <param name="NamedMethods">True when the caller named the methods: exact and QAOA then run above their default size
/// limits (they are still refused when they cannot fit in memory).</param>
/// <param name="Qaoa">QAOA settings (null when QAOA is not requested).</param>
public sealed record ComparisonOptions(long Seed, bool NamedMethods, QaoaMethodOptions? Qaoa = null)
{
    /// <summary>
    /// A new <see cref="Random"/> for one method. Seeds that fit in an int are used as they are (so earlier 32-bit runs
    /// reproduce); larger seeds are folded to 32 bits by XOR of their halves, as <see cref="Random"/> takes an int.
    /// </summary>
    public Random NewRandom() => new(Seed is >= int.MinValue and <= int.MaxValue ? (int)Seed : (int)(Seed ^ (Seed >> 32)));
}
