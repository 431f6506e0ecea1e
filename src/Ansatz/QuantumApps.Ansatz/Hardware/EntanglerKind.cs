namespace QuantumApps.Ansatz.Hardware;

/// <summary>CNOT pattern of a hardware-efficient layer.</summary>
public enum EntanglerKind
{
    /// <summary>CNOT(q, q+1) for q = 0..n−2 (nearest neighbours on a line).</summary>
    Ladder,

    /// <summary>The ladder plus CNOT(n−1, 0) closing the ring.</summary>
    Ring,
}
