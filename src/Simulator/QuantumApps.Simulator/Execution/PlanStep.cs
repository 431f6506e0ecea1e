using System.Numerics;

namespace QuantumApps.Simulator.Execution;

/// <summary>
/// One streaming pass over the state. Either a single primitive operation applied gate by gate
/// (<see cref="WholeOperation"/> ≥ 0: operations that cannot be blocked, such as a full-register diagonal phase), or a
/// blocked pass: the state is split into 2^(n−m) blocks of the m qubits in <see cref="BlockMask"/> (the other qubits
/// fixed per block) and every unit of <see cref="Units"/> is applied to one block, while it sits in cache, before the
/// next block is loaded. A block whose qubits are 0 … m−1 is a contiguous slice of the state; otherwise it is gathered
/// into a buffer in contiguous runs of 2^L amplitudes (L = the number of low qubits 0 … L−1 in the block) and
/// scattered back.
/// </summary>
internal sealed class PlanStep
{
    private PlanStep(int wholeOperation, ulong blockMask, FusedUnit[] units)
    {
        WholeOperation = wholeOperation;
        BlockMask = blockMask;
        Units = units;
        BlockQubits = new int[BitOperations.PopCount(blockMask)];
        int i = 0;
        for (ulong m = blockMask; m != 0; m &= m - 1) BlockQubits[i++] = BitOperations.TrailingZeroCount(m);
        LowQubits = BitOperations.TrailingZeroCount(~blockMask);
    }

    /// <summary>A step that applies operation <paramref name="operation"/> to the whole state gate by gate.</summary>
    internal static PlanStep Whole(int operation) => new(operation, 0, []);

    /// <summary>A blocked pass over the qubits of <paramref name="blockMask"/>.</summary>
    internal static PlanStep Blocked(ulong blockMask, FusedUnit[] units) => new(-1, blockMask, units);

    /// <summary>Index of the operation applied gate by gate, or −1 for a blocked pass.</summary>
    internal int WholeOperation { get; }

    /// <summary>True for a blocked pass.</summary>
    internal bool IsBlocked => WholeOperation < 0;

    /// <summary>Qubits of a block (bit q set = qubit q inside the block).</summary>
    internal ulong BlockMask { get; }

    /// <summary>The block's qubits in ascending order; block-local qubit j is global qubit BlockQubits[j].</summary>
    internal int[] BlockQubits { get; }

    /// <summary>L: the block holds qubits 0 … L−1, so it consists of contiguous runs of 2^L amplitudes.</summary>
    internal int LowQubits { get; }

    /// <summary>The units in application order.</summary>
    internal FusedUnit[] Units { get; }

    /// <summary>Number of primitive operations this step applies.</summary>
    internal int OperationCount => IsBlocked ? Units.Sum(u => u.Operations.Length) : 1;
}
