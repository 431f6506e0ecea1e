namespace QuantumApps.Simulator.Kernels;

/// <summary>The scalar form of <see cref="IPairOperation.Apply"/>: pair by pair (no AVX2, or runs shorter than a vector).</summary>
internal static unsafe class ScalarPairs
{
    internal static void Run<TOp>(in TOp op, double* p, long blocks, long run, long blockStride, long partner)
        where TOp : struct, IPairOperation
    {
        for (long blk = 0; blk < blocks; blk++)
            for (long k = 0; k < run; k++)
            {
                double* a = p + blk * blockStride + 2 * k;
                op.ApplyPair(a, a + partner);
            }
    }
}
