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
    /// Both qubits below 3: every chunk is rewritten in registers, in one linear pass without software prefetch (a
    /// linear sweep is what the hardware prefetcher follows; the earlier 16 KiB-ahead prefetches, plus the per-chunk
    /// reload of a dozen closure-captured flags, made CNOT 0→1 1.40× and 1→0 1.12× qulacs' time at n = 20). Each
    /// (control, target) has its own loop with constants in locals. 256-bit: target 0 swaps the complex lanes of the
    /// vectors whose amplitudes have bit c set; target 1 or 2 exchanges vector j with j ⊕ 2^(t−1), blended by the
    /// control (the upper lanes for c = 0, whole vectors for c = 1). CNOT 2→0 takes the 512-bit loop where
    /// <see cref="ComplexVector.Use512"/> (a chunk is two Vector512, the output one two-source permute): alternating
    /// runs at n = 20 (2026-12-05, one thread, process CPU, 15 batches each, machine loaded) gave 512/256 = 0.50 (min)
    /// and 0.40 (median) for 2→0, while the other in-chunk cases were not faster with 512 bits (0→1 1.02/0.90,
    /// 0→2 1.13/1.19, 1→0 1.06/1.03, 1→2 1.17/1.18), nor were RX, RY and H (0.78–1.47), so those keep 256 bits.
    /// </summary>
    private static void RunInChunk(Span<Complex> amps, int control, int target)
    {
        long len = amps.Length;
        bool wide = control == 2 && ComplexVector.Use512;
        fixed (Complex* p = amps)
        {
            nint addr = (nint)p;
            Parallelism.For(len / ChunkGeometry.ChunkAmplitudes, len, 1, (s, e) =>
            {
                double* c = (double*)addr + 16 * s;
                if (wide) Chunks512(c, e - s, control, target);
                else Chunks256(c, e - s, control, target);
            });
        }
    }

    private static void Chunks256(double* c, long count, int control, int target)
    {
        double* end = c + 16 * count;
        var upper = Vector256.Create(0L, 0L, -1L, -1L).AsDouble();
        switch (control * 4 + target)
        {
            case 0 * 4 + 1: // amplitudes 1 ↔ 3, 5 ↔ 7
                for (; c < end; c += 16)
                {
                    Exchange(c, c + 4, upper);
                    Exchange(c + 8, c + 12, upper);
                }
                break;
            case 0 * 4 + 2: // 1 ↔ 5, 3 ↔ 7
                for (; c < end; c += 16)
                {
                    Exchange(c, c + 8, upper);
                    Exchange(c + 4, c + 12, upper);
                }
                break;
            case 1 * 4 + 0: // 2 ↔ 3, 6 ↔ 7
                for (; c < end; c += 16)
                {
                    LaneSwap(c + 4);
                    LaneSwap(c + 12);
                }
                break;
            case 1 * 4 + 2: // (2, 3) ↔ (6, 7)
                for (; c < end; c += 16)
                {
                    var x = Avx.LoadVector256(c + 4);
                    var y = Avx.LoadVector256(c + 12);
                    Avx.Store(c + 4, y);
                    Avx.Store(c + 12, x);
                }
                break;
            case 2 * 4 + 0: // 4 ↔ 5, 6 ↔ 7
                for (; c < end; c += 16)
                {
                    LaneSwap(c + 8);
                    LaneSwap(c + 12);
                }
                break;
            default:
                throw new InvalidOperationException($"CNOT {control}→{target} is not an in-chunk case");
        }
    }

    /// <summary>
    /// A chunk as two Vector512 (amplitudes 0–3 and 4–7); output amplitude k comes from k ⊕ 2^t when bit c of k is
    /// set, so each output vector is one vpermt2pd of the two with a fixed index vector. Control 2 leaves the lower
    /// vector alone. Written for every in-chunk (control, target); used for control 2 (see <see cref="RunInChunk"/>),
    /// and the tests run it for every case.
    /// </summary>
    internal static void Chunks512(double* c, long count, int control, int target)
    {
        Span<long> idx = stackalloc long[16];
        for (int k = 0; k < 8; k++)
        {
            int src = ((k >> control) & 1) == 1 ? k ^ (1 << target) : k;
            idx[2 * k] = 2 * src;
            idx[2 * k + 1] = 2 * src + 1;
        }
        var lowIdx = Vector512.Create<long>(idx[..8]);
        var highIdx = Vector512.Create<long>(idx[8..]);
        double* end = c + 16 * count;
        if (control == 2)
        {
            for (; c < end; c += 16)
            {
                var a = Vector512.Load(c);
                var b = Vector512.Load(c + 8);
                Vector512.Store(Avx512F.PermuteVar8x64x2(a, highIdx, b), c + 8);
            }
            return;
        }
        for (; c < end; c += 16)
        {
            var a = Vector512.Load(c);
            var b = Vector512.Load(c + 8);
            Vector512.Store(Avx512F.PermuteVar8x64x2(a, lowIdx, b), c);
            Vector512.Store(Avx512F.PermuteVar8x64x2(a, highIdx, b), c + 8);
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
