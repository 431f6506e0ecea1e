using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// CNOT(c → t) with c ∈ {0, 1} and t ≥ 3 as an uncontrolled pair sweep over target t: in every chunk of 8
/// amplitudes (four vectors, starting on a chunk boundary) only the slots with bit c set are exchanged with the
/// partner chunk, by a blend with a constant mask: c = 0 the upper complex lane of every vector, c = 1 vectors 1 and
/// 3 whole (vectors 0 and 2 are not touched). Callers guarantee chunk-aligned runs (<see cref="LowControlCnotKernel.TryRun"/>), which is
/// why the pair-at-a-time members are not supported.
/// </summary>
internal readonly unsafe struct MaskedSwapPairOperation(int control) : IPairOperation
{
    public void Apply(double* p, long blocks, long run, long blockStride, long partner)
    {
        var mask = control == 0 ? Vector256.Create(0L, 0L, -1L, -1L).AsDouble() : Vector256.Create(-1L).AsDouble();
        var prefetch = new PairPrefetch(blockStride, partner);
        long end = 2 * run;
        for (long blk = 0; blk < blocks; blk++)
        {
            double* p0 = p + blk * blockStride;
            double* p1 = p0 + partner;
            for (long o = 0; o < end; o += 16)
            {
                prefetch.Issue(p0, o);
                prefetch.Issue(p0, o + 8);
                if (control == 0) LowControlCnotKernel.Exchange(p0 + o, p1 + o, mask);
                LowControlCnotKernel.Exchange(p0 + o + 4, p1 + o + 4, mask);
                if (control == 0) LowControlCnotKernel.Exchange(p0 + o + 8, p1 + o + 8, mask);
                LowControlCnotKernel.Exchange(p0 + o + 12, p1 + o + 12, mask);
            }
        }
    }

    public void ApplyAdjacent(double* p, long count) => throw new NotSupportedException("a masked swap needs chunk-aligned runs (target ≥ 3)");

    public void ApplyPair(double* a0, double* a1) => throw new NotSupportedException("a masked swap needs chunk-aligned runs (target ≥ 3)");
}
