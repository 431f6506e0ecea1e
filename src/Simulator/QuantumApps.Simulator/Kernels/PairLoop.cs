using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Drives an <see cref="IPairOperation"/> over all pairs (i, i | 2^t) whose control bits are all 1 and
/// whose target bit t is 0.
/// <list type="bullet">
/// <item>Target 0, no controls: pairs are adjacent amplitudes; one call covers a contiguous range.</item>
/// <item>No controls: the state splits into 2^(n−1−t) blocks of 2^(t+1) amplitudes, the first half of each
/// block paired with the second; one call covers a range of whole blocks (or part of the single block
/// when t = n − 1), so per-call set-up is paid once per thread.</item>
/// <item>With controls: pair k ∈ [0, 2^(n−1−c)) is k with zeros inserted at the target and control positions,
/// OR the control mask. Runs of 2^L contiguous pairs (L = lowest inserted bit) repeat at a fixed stride until
/// the next inserted bit above the lowest group of adjacent inserted bits, so one call covers such a segment
/// and the index insertion is paid once per segment (CNOT 10→9 on 20 qubits: one call for all 2^18 pairs;
/// CNOT 0→1: one strided call instead of one per pair).</item>
/// </list>
/// </summary>
internal static unsafe class PairLoop
{
    internal static void Run<TOp>(Span<Complex> amps, int target, ulong controlMask, TOp op)
        where TOp : struct, IPairOperation
    {
        long len = amps.Length;
        int n = BitOperations.Log2((ulong)len);
        long stride = 1L << target;
        fixed (Complex* basePtr = amps)
        {
            nint pAddr = (nint)basePtr;
            if (controlMask == 0)
            {
                if (target == 0)
                {
                    Parallelism.For(len / 2, len, 2, (s, e) => op.ApplyAdjacent((double*)pAddr + 4 * s, e - s));
                    return;
                }
                long blocks = len / (2 * stride);
                if (blocks >= 2 * Parallelism.ThreadsFor(len))
                {
                    Parallelism.For(blocks, len, 1, (s, e) => op.Apply((double*)pAddr + 4 * stride * s, e - s, stride, 4 * stride, 2 * stride));
                    return;
                }
                // Few large blocks: split each block's run of pairs instead.
                for (long b = 0; b < blocks; b++)
                {
                    nint blockAddr = pAddr + (nint)(b * 4 * stride * sizeof(double));
                    Parallelism.For(stride, len, 2, (s, e) => op.Apply((double*)blockAddr + 2 * s, 1, e - s, 0, 2 * stride));
                }
                return;
            }
            int nc = BitOperations.PopCount(controlMask);
            Span<int> bits = stackalloc int[nc + 1];
            int m = 0;
            bits[m++] = target;
            for (ulong c = controlMask; c != 0; c &= c - 1) bits[m++] = BitOperations.TrailingZeroCount(c);
            bits.Sort();
            int[] sorted = bits.ToArray();
            // Lowest group of adjacent inserted bits L..L+g−1, then free bits up to the next inserted bit s_g:
            // a run of 2^L contiguous pairs repeats 2^(s_g−L−g) times at stride 2^(L+g) amplitudes.
            int low = sorted[0], g = 1;
            while (g < sorted.Length && sorted[g] == low + g) g++;
            int next = g < sorted.Length ? sorted[g] : n;
            long run = 1L << low;
            long runsPerSegment = 1L << (next - low - g);
            long blockStride = 2L << (low + g);
            long runs = (1L << (n - 1 - nc)) / run;
            long ctrl = (long)controlMask;
            // Target 0 with no control on qubit 1: the segment's pairs (i0, i0 + 1) follow each other without gaps.
            bool adjacent = target == 0 && g == 1;
            Parallelism.For(runs, len, 1, (s, e) =>
            {
                double* q = (double*)pAddr;
                long r = s;
                while (r < e)
                {
                    long within = r % runsPerSegment;
                    long count = Math.Min(runsPerSegment - within, e - r);
                    long i0 = BitOps.InsertZeros((r - within) * run, sorted) | ctrl;
                    if (adjacent) op.ApplyAdjacent(q + 2 * i0 + within * blockStride, count);
                    else op.Apply(q + 2 * i0 + within * blockStride, count, run, blockStride, 2 * stride);
                    r += count;
                }
            });
        }
    }
}
