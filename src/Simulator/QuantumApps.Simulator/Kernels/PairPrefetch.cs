using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Software-prefetch plan of an uncontrolled pair sweep (RX, RY): two prefetches per iteration of 8 doubles, at
/// p0 + <see cref="First"/> + <see cref="Step"/>·o and p0 + <see cref="Second"/> + <see cref="Step"/>·o.
/// <list type="bullet">
/// <item>Partner within the same 4 KiB page (target ≤ 7) and whole blocks (ψ[i], ψ[i + 2^t] in one contiguous
/// block of 2^(t+1) amplitudes): one linear stream <see cref="LinearDoubles"/> ahead, two cache lines per
/// iteration (Step 2), since the block is swept as one region. Prefetching the two halves as separate streams
/// left targets 5–7 at 0.68–0.72 ns/amplitude where the linear plan gives 0.41–0.53 (n = 20, docs/benchmarks.md).</item>
/// <item>Otherwise (partner a page or more away): one prefetch per stream and cache line,
/// <see cref="ComplexVector.PrefetchDoubles"/> ahead (Step 1).</item>
/// </list>
/// Prefetching past the end of the array is harmless (no fault).
/// </summary>
internal readonly unsafe struct PairPrefetch
{
    /// <summary>Distance of the linear plan: 2048 doubles (16 KiB, the lookahead of two 8 KiB streams).</summary>
    internal const int LinearDoubles = 2048;

    /// <summary>Largest partner distance (doubles) swept as one region: 4 KiB.</summary>
    private const long PageDoubles = 512;

    internal readonly long First, Second, Step;

    internal PairPrefetch(long blockStride, long partner)
    {
        if (blockStride == 2 * partner && partner < PageDoubles)
        {
            First = LinearDoubles;
            Second = LinearDoubles + 8;
            Step = 2;
        }
        else
        {
            First = ComplexVector.PrefetchDoubles;
            Second = partner + ComplexVector.PrefetchDoubles;
            Step = 1;
        }
    }

    /// <summary>Issues the two prefetches of the iteration at offset <paramref name="o"/> (doubles) of the block at p0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Issue(double* p0, long o)
    {
        Sse.Prefetch0(p0 + First + Step * o);
        Sse.Prefetch0(p0 + Second + Step * o);
    }

    /// <summary>Largest block stride (doubles, 8 KiB) for which a controlled sweep prefetches whole blocks ahead.</summary>
    private const long BlockAheadLimitDoubles = 1024;

    /// <summary>
    /// Prefetch distance (doubles) of an X/CNOT pair sweep in blocks of <paramref name="blockStride"/> doubles (for
    /// controlled sweeps the touched runs of a block are followed by runs the control skips), or 0 for none: the same
    /// offsets k blocks ahead, with k·blockStride the smallest multiple ≥ <see cref="LinearDoubles"/>, so only lines
    /// the sweep will touch are fetched (a fixed distance lands in skipped runs and doubled CNOT 10→9's traffic).
    /// Used for block strides up to 8 KiB, including the one-vector and one-pair blocks of CNOTs on qubits 0–2
    /// (n = 20: CNOT 2→1 1.32 → 0.37, 1→0 1.88 → 0.85, 3→4 1.97 → 0.68 ns/amplitude); longer blocks run without
    /// software prefetch, where measurements showed no gain (CNOT 9→10 got slower with it). The single-block
    /// sweep of a top-qubit X (block stride 0) is not prefetched either.
    /// </summary>
    internal static long BlockAhead(long blockStride)
    {
        if (blockStride == 0 || blockStride > BlockAheadLimitDoubles) return 0;
        return blockStride * ((LinearDoubles + blockStride - 1) / blockStride);
    }
}
