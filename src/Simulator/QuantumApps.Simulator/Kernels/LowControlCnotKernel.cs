using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// CNOT sweeps whose control is qubit 0 or 1 (or qubit 2 with target 0), where the generic controlled loop handles
/// one pair (or one vector) per block. Amplitudes are taken in chunks of 8 (four Vector256 of two complex numbers); within a chunk the
/// control bit c &lt; 3 selects a fixed set of slots.
/// <list type="bullet">
/// <item>Target t ≥ 3 (control 0 or 1): an uncontrolled pair sweep over target t (<see cref="PairLoop"/>) whose
/// operation swaps only the control-set slots of the chunk and its partner chunk (a blend with a constant mask per vector), so the sweep
/// streams like RX on qubit t.</item>
/// <item>Target t &lt; 3 too: each chunk is rewritten in registers (lane swaps or masked vector exchanges), in one
/// linear pass.</item>
/// </list>
/// Requires AVX2 and at least 8 amplitudes. Interleaved A/B against the generic loop at n = 20 (min ns/amplitude):
/// CNOT 0→1 1.33 → 1.00, 1→0 0.62 → 0.46, 0→2 1.55 → 0.75, 2→0 3.74 → 0.74, 1→3 1.17 → 0.63, 0→5 1.65 → 0.82.
/// </summary>
internal static unsafe class LowControlCnotKernel
{
    /// <summary>
    /// Applies CNOT(control → target) when this kernel covers it and returns true; false leaves the state untouched
    /// for the generic path. For t ≥ 3 it requires whole blocks per thread (at least two blocks of 2^(t+1) per
    /// thread), so that every call of the pair operation starts on a chunk boundary.
    /// </summary>
    internal static bool TryRun(Span<Complex> amps, int control, int target)
    {
        long len = amps.Length;
        if (!ComplexVector.IsSupported || control >= 3 || len < ChunkGeometry.ChunkAmplitudes) return false;
        // Control 2 with a target above 0 touches one cache line of every two; the generic loop (runs of four
        // pairs, block-ahead prefetch of touched lines only) measured faster there (2→1 0.44 against 0.65 ns/amp).
        if (control == 2 && target != 0) return false;
        if (target >= 3)
        {
            if (len / (2L << target) < 2 * Parallelism.ThreadsFor(len)) return false;
            PairLoop.Run(amps, target, 0, new MaskedSwapPairOperation(control));
            return true;
        }
        RunInChunk(amps, control, target);
        return true;
    }

    /// <summary>
    /// Both qubits below 3: every chunk is rewritten in registers. Target 0 swaps the complex lanes of the vectors j
    /// whose amplitudes have bit c set (bit c − 1 of j); target 1 or 2 exchanges vector j with j ⊕ 2^(t−1) (bit t − 1
    /// of j clear), blended by the control: the upper lanes for c = 0, the whole vector when bit c − 1 of j is set.
    /// One linear pass with a prefetch 16 KiB ahead.
    /// </summary>
    private static void RunInChunk(Span<Complex> amps, int control, int target)
    {
        long len = amps.Length;
        var all = Vector256.Create(-1L).AsDouble();
        var upper = Vector256.Create(0L, 0L, -1L, -1L).AsDouble();
        Vector256<double> MaskOf(int j) => control == 0 ? upper : ((j >> (control - 1)) & 1) == 1 ? all : Vector256<double>.Zero;
        int half = target == 0 ? 0 : 1 << (target - 1);
        // Exchange pairs (j, j ⊕ half) with j's bit (t − 1) clear; for t = 0, lane-swap flags per vector. Vectors the
        // gate leaves alone are neither loaded nor stored, and a cache line none of whose vectors change is not
        // prefetched (CNOT 2→1 rewrites one line of each chunk).
        int ja = 0, jb = target == 2 ? 1 : 2;
        var ma = MaskOf(ja);
        var mb = MaskOf(jb);
        bool xa = target != 0 && ma != Vector256<double>.Zero, xb = target != 0 && mb != Vector256<double>.Zero;
        Span<bool> swapLanes = stackalloc bool[4];
        Span<bool> touched = stackalloc bool[4];
        for (int j = 0; j < 4; j++)
        {
            swapLanes[j] = target == 0 && ((j >> (control - 1)) & 1) == 1;
            touched[j] = swapLanes[j] || (xa && (j == ja || j == ja + half)) || (xb && (j == jb || j == jb + half));
        }
        bool s0 = swapLanes[0], s1 = swapLanes[1], s2 = swapLanes[2], s3 = swapLanes[3];
        bool line0 = touched[0] || touched[1], line1 = touched[2] || touched[3];
        fixed (Complex* p = amps)
        {
            nint addr = (nint)p;
            Parallelism.For(len / ChunkGeometry.ChunkAmplitudes, len, 1, (s, e) =>
            {
                double* q = (double*)addr;
                for (long chunk = s; chunk < e; chunk++)
                {
                    double* c = q + 16 * chunk;
                    if (line0) Sse.Prefetch0(c + PairPrefetch.LinearDoubles);
                    if (line1) Sse.Prefetch0(c + PairPrefetch.LinearDoubles + 8);
                    if (target == 0)
                    {
                        if (s0) LaneSwap(c);
                        if (s1) LaneSwap(c + 4);
                        if (s2) LaneSwap(c + 8);
                        if (s3) LaneSwap(c + 12);
                    }
                    else
                    {
                        if (xa) Exchange(c + 4 * ja, c + 4 * (ja + half), ma);
                        if (xb) Exchange(c + 4 * jb, c + 4 * (jb + half), mb);
                    }
                }
            });
        }
    }

    private static void LaneSwap(double* v) => Avx.Store(v, Avx.Permute2x128(Avx.LoadVector256(v), Avx.LoadVector256(v), 1));

    /// <summary>Exchanges the slots of a and b selected by the mask.</summary>
    internal static void Exchange(double* a, double* b, Vector256<double> mask)
    {
        var x = Avx.LoadVector256(a);
        var y = Avx.LoadVector256(b);
        Avx.Store(a, Avx.BlendVariable(x, y, mask));
        Avx.Store(b, Avx.BlendVariable(y, x, mask));
    }
}
