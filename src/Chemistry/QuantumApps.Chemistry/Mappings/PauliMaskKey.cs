namespace QuantumApps.Chemistry.Mappings;

/// <summary>Dictionary key for a phase-free Pauli string (X, Z masks) with a cheap multiplicative hash.</summary>
internal readonly struct PauliMaskKey(ulong x, ulong z) : IEquatable<PauliMaskKey>
{
    public ulong X { get; } = x;

    public ulong Z { get; } = z;

    public bool Equals(PauliMaskKey other) => X == other.X && Z == other.Z;

    public override bool Equals(object? obj) => obj is PauliMaskKey k && Equals(k);

    public override int GetHashCode()
    {
        ulong h = (X * 0x9E3779B97F4A7C15UL) ^ (Z * 0xC2B2AE3D27D4EB4FUL);
        return (int)(h ^ (h >> 32));
    }
}
