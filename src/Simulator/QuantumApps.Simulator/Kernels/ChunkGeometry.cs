using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// How an X mask x maps 8-amplitude chunks onto each other: b = B + e (B a multiple of 8, e &lt; 8) has
/// partner b ⊕ x = (B ⊕ x_h) + (e ⊕ x_l) with x_h = x ∧ ¬7 and x_l = x ∧ 7. A chunk is four Vector256 of
/// two complex amplitudes; the partners of vector j are vector j ⊕ (x_l ≫ 1) of the partner chunk (offset
/// O_j doubles from its start), with the two complex lanes swapped when bit 0 of x is set.
/// When the highest bit p of x is ≥ 3 the chunks pair up: only chunks with bit p clear are visited
/// (<see cref="Paired"/>), in runs of 2^p amplitudes every 2^(p+1); otherwise every chunk is visited.
/// </summary>
internal readonly struct ChunkGeometry
{
    internal const int ChunkAmplitudes = 8;

    internal readonly ulong Xh;
    internal readonly int Xl;
    internal readonly long O0, O1, O2, O3;
    internal readonly Vector256<int> Lanes;
    internal readonly int Pivot;
    internal readonly bool Paired;

    /// <summary>Length of a run of visited chunk starts (amplitudes) and the distance between runs.</summary>
    internal readonly long Run, BlockStride;

    internal ChunkGeometry(ulong x, long len)
    {
        Xh = x & ~7UL;
        Xl = (int)(x & 7);
        int jx = Xl >> 1;
        O0 = 4 * (0 ^ jx); O1 = 4 * (1 ^ jx); O2 = 4 * (2 ^ jx); O3 = 4 * (3 ^ jx);
        Lanes = (Xl & 1) != 0 ? Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3) : Identity;
        Pivot = x == 0 ? -1 : 63 - BitOperations.LeadingZeroCount(x);
        Paired = Pivot >= 3;
        Run = Paired ? 1L << Pivot : len;
        BlockStride = Paired ? 2 * Run : len;
    }

    /// <summary>The identity permutation of eight 32-bit slots.</summary>
    internal static Vector256<int> Identity => Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);

    /// <summary>(−1)^|z∧B| for a chunk start B (low three bits zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Sign(ulong z, long chunk) => 1 - ((BitOperations.PopCount(z & (ulong)chunk) & 1) << 1);

    /// <summary>(−1)^|z∧e| for an in-chunk index e.</summary>
    internal static double InChunkSign(ulong z, int e) => (BitOperations.PopCount(z & (ulong)e) & 1) == 0 ? 1.0 : -1.0;

    /// <summary>Reorders the eight 32-bit slots of v (lane swap, re/im swap or identity).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Permute(Vector256<double> v, Vector256<int> slots) =>
        Avx2.PermuteVar8x32(v.AsSingle(), slots).AsDouble();
}
