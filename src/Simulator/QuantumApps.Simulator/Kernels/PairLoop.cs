namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Drives an <see cref="IPairOperation"/> over all pairs (i, i | 2^t) whose control bits are all 1 and
/// whose target bit t is 0. Pairs are enumerated by an index k over [0, 2^(n−1−c)); inserting zeros at the
/// target and control positions and OR-ing the control mask gives i. Between insert positions the
/// indices are contiguous, so the operation is called on runs of 2^(lowest inserted bit) pairs.
/// </summary>
internal static unsafe class PairLoop
{
    internal static void Run<TOp>(Span<System.Numerics.Complex> amps, int target, ulong controlMask, TOp op)
        where TOp : struct, IPairOperation
    {
        int n = System.Numerics.BitOperations.Log2((ulong)amps.Length);
        int nc = System.Numerics.BitOperations.PopCount(controlMask);
        Span<int> bits = stackalloc int[nc + 1];
        int m = 0;
        bits[m++] = target;
        for (ulong c = controlMask; c != 0; c &= c - 1) bits[m++] = System.Numerics.BitOperations.TrailingZeroCount(c);
        bits.Sort();
        int[] sorted = bits.ToArray();
        long pairs = 1L << (n - 1 - nc);
        long run = 1L << sorted[0];
        long stride = 1L << target;
        long ctrl = (long)controlMask;
        fixed (System.Numerics.Complex* basePtr = amps)
        {
            double* p = (double*)basePtr;
            nint pAddr = (nint)p;
            if (target == 0 && nc == 0)
            {
                Parallelism.For(pairs, amps.Length, 2, (s, e) => op.ApplyAdjacent((double*)pAddr + 4 * s, e - s));
                return;
            }
            Parallelism.For(pairs, amps.Length, Math.Min(run, 1024), (s, e) =>
            {
                double* q = (double*)pAddr;
                long pos = s;
                while (pos < e)
                {
                    long offset = pos & (run - 1);
                    long len = Math.Min(run - offset, e - pos);
                    long i0 = BitOps.InsertZeros(pos, sorted) | ctrl;
                    op.Apply(q + 2 * i0, q + 2 * (i0 + stride), len);
                    pos += len;
                }
            });
        }
    }
}
