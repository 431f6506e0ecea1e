using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Parameters of one <see cref="RxTileKernel"/> sweep (block-local qubits; built by the plan executor).
/// The sweep applies U = R · H · L · ⊗_q RX(θ_q) where
/// <list type="bullet">
/// <item>the RX act on the lane qubits 0 and 1 (slots 0, 1; only when <see cref="Lanes"/>) and on the three register
/// qubits <see cref="QA"/> &lt; <see cref="QB"/> &lt; <see cref="QC"/> (slots 2, 3, 4; identity where the tile has no
/// rotation). Slot j computes x' = α_j·x + β_j·(−i)·x̄ on every pair (x, x̄) of its qubit;</item>
/// <item>L is a permutation of the four lanes (CNOTs among qubits 0 and 1), <see cref="LaneGather"/> (source double of
/// each output double);</item>
/// <item>H is the "head" CNOT whose target is <see cref="QA"/> and whose control is outside the register qubits: a lane
/// qubit (<see cref="HeadLaneMask"/> marks the doubles of the lanes whose control bit is 1) or a higher qubit
/// (<see cref="HeadShift"/>, the bit of the amplitude index; 63 = none);</item>
/// <item>R is the permutation of the eight registers made by CNOTs among the register qubits: register k (bit j of k =
/// value of register qubit j) is stored at offset <see cref="Dest"/>[k] (doubles) from the tile's base.</item>
/// </list>
/// <see cref="Tan"/>: the rotations are written as RX(θ) = cos(θ/2)·(I − i tan(θ/2)·X), all cosines multiplied into
/// the first slot (lane 0 with lanes, else register qubit A), so every other slot costs one FMA per vector instead of a
/// multiply and an FMA; used only when every other slot has |cos θ/2| ≥ 1/2 (|tan| ≤ √3), otherwise α_j = cos θ_j/2,
/// β_j = sin θ_j/2.
/// </summary>
internal sealed class RxTile
{
    internal required int QA { get; init; }
    internal required int QB { get; init; }
    internal required int QC { get; init; }
    internal required bool Lanes { get; init; }
    internal required bool Tan { get; init; }
    /// <summary>False when the tile has no RX (a pure permutation sweep: the rotation arithmetic is skipped).</summary>
    internal required bool Rotations { get; init; }
    internal required double[] Alpha { get; init; }
    internal required double[] Beta { get; init; }
    internal required long[] LaneGather { get; init; }
    internal required long[] HeadLaneMask { get; init; }
    internal required int HeadShift { get; init; }
    internal required long[] Dest { get; init; }
}

/// <summary>
/// One-sweep application of a "tile" of a hardware-efficient layer: RX on up to five qubits (the two lane qubits 0, 1
/// and three register qubits) and the CNOTs among them (plus one CNOT into the lowest register qubit from a lower
/// qubit), with 512-bit vectors. Eight Vector512 (32 amplitudes: the four lanes × the eight values of the register
/// qubits) are loaded once, rotated in registers (lane partners by a permute, register partners directly), permuted
/// by the CNOTs (lanes by a permute, the head CNOT by blends, the others by choosing the store address), and stored
/// once: five RX and up to four CNOTs cost one pass over the block instead of nine. See <see cref="RxTile"/> for the
/// exact map. Requires <see cref="ComplexVector.Use512"/> (the plan executor falls back to the gates one by one
/// otherwise) and a span of at least 2^(QC+1) amplitudes.
/// </summary>
internal static unsafe class RxTileKernel
{
    /// <summary>Whether the 512-bit tile kernel may be used on this flow.</summary>
    internal static bool IsSupported => ComplexVector.Use512;

    internal static void Apply(Span<Complex> amps, RxTile t)
    {
        fixed (Complex* p = amps)
        {
            long len = amps.Length;
            if (!t.Rotations)
            {
                if (t.Lanes) Run<Yes, No, No>((double*)p, len, t);
                else Run<No, No, No>((double*)p, len, t);
            }
            else if (t.Lanes)
            {
                if (t.Tan) Run<Yes, Yes, Yes>((double*)p, len, t);
                else Run<Yes, No, Yes>((double*)p, len, t);
            }
            else if (t.Tan) Run<No, Yes, Yes>((double*)p, len, t);
            else Run<No, No, Yes>((double*)p, len, t);
        }
    }

    private interface IFlag
    {
        static abstract bool On { get; }
    }

    private readonly struct Yes : IFlag
    {
        public static bool On => true;
    }

    private readonly struct No : IFlag
    {
        public static bool On => false;
    }

    private static Vector512<double> Signed(double b) => Vector512.Create(b, -b, b, -b, b, -b, b, -b);

    // Fully optimised from the first call: a sweep is long, and tier-0 code of this loop is ~5× slower (a fresh process
    // timed 86, 28, 15 ms for its first three 20-qubit HEA layers before the tiered JIT caught up).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Run<TLanes, TTan, TRot>(double* p, long len, RxTile t)
        where TLanes : struct, IFlag where TTan : struct, IFlag where TRot : struct, IFlag
    {
        int qa = t.QA, qb = t.QB, qc = t.QC;
        long oa = 2L << qa, ob = 2L << qb, oc = 2L << qc;
        long d0 = t.Dest[0], d1 = t.Dest[1], d2 = t.Dest[2], d3 = t.Dest[3];
        long d4 = t.Dest[4], d5 = t.Dest[5], d6 = t.Dest[6], d7 = t.Dest[7];
        var al0 = Vector512.Create(t.Alpha[0]);
        var al2 = Vector512.Create(t.Alpha[2]);
        var al1 = Vector512.Create(t.Alpha[1]);
        var al3 = Vector512.Create(t.Alpha[3]);
        var al4 = Vector512.Create(t.Alpha[4]);
        var be0 = Signed(t.Beta[0]);
        var be1 = Signed(t.Beta[1]);
        var be2 = Signed(t.Beta[2]);
        var be3 = Signed(t.Beta[3]);
        var be4 = Signed(t.Beta[4]);
        // Lane 0's partner of amplitude k is k ^ 1, lane 1's k ^ 2, each with re and im exchanged.
        var perm0 = Vector512.Create(3L, 2, 1, 0, 7, 6, 5, 4);
        var perm1 = Vector512.Create(5L, 4, 7, 6, 1, 0, 3, 2);
        var gather = Vector512.Create<long>(t.LaneGather);
        var laneMask = Vector512.Create<long>(t.HeadLaneMask).AsDouble();
        int shift = t.HeadShift;
        for (long h = 0; h < len; h += 2L << qc)
            for (long m2 = h; m2 < h + (1L << qc); m2 += 2L << qb)
                for (long m1 = m2; m1 < m2 + (1L << qb); m1 += 2L << qa)
                    for (long i = m1; i < m1 + (1L << qa); i += 4)
                    {
                        double* b = p + 2 * i;
                        var v0 = Vector512.Load(b);
                        var v1 = Vector512.Load(b + oa);
                        var v2 = Vector512.Load(b + ob);
                        var v3 = Vector512.Load(b + oa + ob);
                        var v4 = Vector512.Load(b + oc);
                        var v5 = Vector512.Load(b + oa + oc);
                        var v6 = Vector512.Load(b + ob + oc);
                        var v7 = Vector512.Load(b + oa + ob + oc);
                        if (TLanes.On && TRot.On)
                        {
                            v0 = LaneRx(v0, perm0, al0, be0, true); v1 = LaneRx(v1, perm0, al0, be0, true);
                            v2 = LaneRx(v2, perm0, al0, be0, true); v3 = LaneRx(v3, perm0, al0, be0, true);
                            v4 = LaneRx(v4, perm0, al0, be0, true); v5 = LaneRx(v5, perm0, al0, be0, true);
                            v6 = LaneRx(v6, perm0, al0, be0, true); v7 = LaneRx(v7, perm0, al0, be0, true);
                            bool m = !TTan.On;
                            v0 = LaneRx(v0, perm1, al1, be1, m); v1 = LaneRx(v1, perm1, al1, be1, m);
                            v2 = LaneRx(v2, perm1, al1, be1, m); v3 = LaneRx(v3, perm1, al1, be1, m);
                            v4 = LaneRx(v4, perm1, al1, be1, m); v5 = LaneRx(v5, perm1, al1, be1, m);
                            v6 = LaneRx(v6, perm1, al1, be1, m); v7 = LaneRx(v7, perm1, al1, be1, m);
                        }
                        if (TRot.On)
                        {
                            bool mA = !(TTan.On && TLanes.On), mo = !TTan.On;
                            Butterfly(ref v0, ref v1, al2, be2, mA); Butterfly(ref v2, ref v3, al2, be2, mA);
                            Butterfly(ref v4, ref v5, al2, be2, mA); Butterfly(ref v6, ref v7, al2, be2, mA);
                            Butterfly(ref v0, ref v2, al3, be3, mo); Butterfly(ref v1, ref v3, al3, be3, mo);
                            Butterfly(ref v4, ref v6, al3, be3, mo); Butterfly(ref v5, ref v7, al3, be3, mo);
                            Butterfly(ref v0, ref v4, al4, be4, mo); Butterfly(ref v1, ref v5, al4, be4, mo);
                            Butterfly(ref v2, ref v6, al4, be4, mo); Butterfly(ref v3, ref v7, al4, be4, mo);
                        }
                        if (TLanes.On)
                        {
                            v0 = Avx512F.PermuteVar8x64(v0, gather); v1 = Avx512F.PermuteVar8x64(v1, gather);
                            v2 = Avx512F.PermuteVar8x64(v2, gather); v3 = Avx512F.PermuteVar8x64(v3, gather);
                            v4 = Avx512F.PermuteVar8x64(v4, gather); v5 = Avx512F.PermuteVar8x64(v5, gather);
                            v6 = Avx512F.PermuteVar8x64(v6, gather); v7 = Avx512F.PermuteVar8x64(v7, gather);
                        }
                        var hm = laneMask | Vector512.Create(-((i >> shift) & 1)).AsDouble();
                        Exchange(ref v0, ref v1, hm); Exchange(ref v2, ref v3, hm);
                        Exchange(ref v4, ref v5, hm); Exchange(ref v6, ref v7, hm);
                        Vector512.Store(v0, b + d0); Vector512.Store(v1, b + d1);
                        Vector512.Store(v2, b + d2); Vector512.Store(v3, b + d3);
                        Vector512.Store(v4, b + d4); Vector512.Store(v5, b + d5);
                        Vector512.Store(v6, b + d6); Vector512.Store(v7, b + d7);
                    }
    }

    /// <summary>v' = α·v + β ⊙ perm(v) (α taken as 1 unless <paramref name="scale"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> LaneRx(Vector512<double> v, Vector512<long> perm, Vector512<double> alpha, Vector512<double> beta, bool scale) =>
        Avx512F.FusedMultiplyAdd(Avx512F.PermuteVar8x64(v, perm), beta, scale ? v * alpha : v);

    /// <summary>(x, y) → (α·x + β ⊙ swap(y), α·y + β ⊙ swap(x)), swap exchanging re and im (α = 1 unless <paramref name="scale"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Butterfly(ref Vector512<double> x, ref Vector512<double> y, Vector512<double> alpha, Vector512<double> beta, bool scale)
    {
        var sx = Avx512F.Permute2x64(x, 0b0101_0101);
        var sy = Avx512F.Permute2x64(y, 0b0101_0101);
        x = Avx512F.FusedMultiplyAdd(sy, beta, scale ? x * alpha : x);
        y = Avx512F.FusedMultiplyAdd(sx, beta, scale ? y * alpha : y);
    }

    /// <summary>Exchanges the doubles of x and y selected by the mask.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Exchange(ref Vector512<double> x, ref Vector512<double> y, Vector512<double> mask)
    {
        var nx = Vector512.ConditionalSelect(mask, y, x);
        y = Vector512.ConditionalSelect(mask, x, y);
        x = nx;
    }
}
