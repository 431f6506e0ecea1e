using System.Numerics;

namespace QuantumApps.Simulator.Execution;

/// <summary>
/// A <see cref="FusedUnit"/> with its angles bound and its qubits mapped into a block: what one kernel call per block
/// needs. For <see cref="FusedUnitKind.Matrix1"/> the fused matrix is [[M00, M01], [M10, M11]] (or RX/RY by cos, sin of
/// θ/2 when <see cref="Special"/> says so, to use the cheaper kernels); for a Pauli rotation <see cref="X"/>,
/// <see cref="Z"/> are block-local masks and <see cref="OuterZ"/> the global Z bits outside the block.
/// </summary>
internal readonly struct BoundUnit
{
    internal FusedUnitKind Kind { get; init; }
    internal int Q0 { get; init; }
    internal int Q1 { get; init; }
    internal Matrix1Form Special { get; init; }
    internal Complex M00 { get; init; }
    internal Complex M01 { get; init; }
    internal Complex M10 { get; init; }
    internal Complex M11 { get; init; }
    internal double Cos { get; init; }
    internal double Sin { get; init; }
    internal double Theta { get; init; }
    internal ulong X { get; init; }
    internal ulong Z { get; init; }
    internal ulong OuterZ { get; init; }
    internal Complex[]? Matrix { get; init; }

    /// <summary>A tile's units bound one by one (applied in order when the tile kernel is not used).</summary>
    internal BoundUnit[]? Parts { get; init; }

    /// <summary>A tile's kernel parameters; null when the block's geometry does not fit the kernel.</summary>
    internal Kernels.RxTile? Tile { get; init; }
}
