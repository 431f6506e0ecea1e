namespace QuantumApps.Simulator.Execution;

/// <summary>
/// One unit of a blocked pass: the primitive operations <see cref="Operations"/> (indices into
/// <see cref="Circuits.Circuit.Operations"/>, applied in this order) acting as one kernel call per block. Qubits and
/// masks are global (qubit q = bit q of the basis index); the executor maps them into the block.
/// </summary>
internal sealed class FusedUnit(FusedUnitKind kind, int[] operations, int q0, int q1, ulong x, ulong z, FusedUnit[]? parts = null, int[]? group = null)
{
    internal FusedUnitKind Kind { get; } = kind;

    /// <summary>Indices of the fused operations in application order (one for every kind but <see cref="FusedUnitKind.Matrix1"/>).</summary>
    internal int[] Operations { get; } = operations;

    /// <summary>The qubit of a one-qubit unit; the control or first qubit of a two-qubit unit; −1 for a Pauli rotation.</summary>
    internal int Q0 { get; } = q0;

    /// <summary>The target or second qubit of a two-qubit unit; −1 otherwise.</summary>
    internal int Q1 { get; } = q1;

    /// <summary>X mask of a Pauli rotation (global).</summary>
    internal ulong X { get; } = x;

    /// <summary>Z mask of a Pauli rotation (global).</summary>
    internal ulong Z { get; } = z;

    /// <summary>
    /// The units of a <see cref="FusedUnitKind.Tile"/> in an order in which applying them one by one gives the tile's
    /// map (the fallback when the tile kernel is not available); null for other kinds.
    /// </summary>
    internal FusedUnit[]? Parts { get; } = parts;

    /// <summary>The register qubits of a <see cref="FusedUnitKind.Tile"/> (global, ascending, one to three); null otherwise.</summary>
    internal int[]? Group { get; } = group;
}
