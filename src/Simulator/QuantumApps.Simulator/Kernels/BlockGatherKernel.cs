using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Copies a block of a cache-blocked pass between the state and a contiguous buffer. The block of base index B (its
/// own qubits zero in B) consists of 2^h runs of 2^L contiguous amplitudes: run j starts at B + O_j, where O_j places
/// the bits of j on the block's h high qubits; in the buffer run j occupies [j·2^L, (j+1)·2^L). Block-local qubit i is
/// then the i-th lowest qubit of the block, so kernels run on the buffer as on a small state.
/// </summary>
internal static unsafe class BlockGatherKernel
{
    /// <summary>buffer ← the block's amplitudes.</summary>
    internal static void Gather(Complex* state, long baseIndex, ReadOnlySpan<long> runOffsets, int runLength, Complex* buffer)
    {
        long bytes = (long)runLength * sizeof(Complex);
        for (int j = 0; j < runOffsets.Length; j++)
            Buffer.MemoryCopy(state + baseIndex + runOffsets[j], buffer + (long)j * runLength, bytes, bytes);
    }

    /// <summary>The block's amplitudes ← buffer.</summary>
    internal static void Scatter(Complex* state, long baseIndex, ReadOnlySpan<long> runOffsets, int runLength, Complex* buffer)
    {
        long bytes = (long)runLength * sizeof(Complex);
        for (int j = 0; j < runOffsets.Length; j++)
            Buffer.MemoryCopy(buffer + (long)j * runLength, state + baseIndex + runOffsets[j], bytes, bytes);
    }
}
