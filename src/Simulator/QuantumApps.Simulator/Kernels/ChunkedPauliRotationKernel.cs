using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// AVX2 exp(−iθ/2·P) for P = σ(x, z): ψ'[b] = c·ψ[b] + f·(−1)^|z∧(b⊕x)|·ψ[b⊕x] with c = cos θ/2 and
/// f = −i·sin(θ/2)·i^|x∧z| (P|b⟩ = i^|x∧z| (−1)^|z∧b| |b⊕x⟩).
/// <para>
/// Chunks of 8 amplitudes as in <see cref="ChunkedExpectationKernel"/>: b = B + e, the partner of chunk B is
/// B ⊕ (x ∧ ¬7), read with vector j ⊕ (x_l ≫ 1) and lanes swapped when bit 0 of x is set, and the sign splits
/// into the chunk sign (−1)^|z∧B| times a per-element sign (−1)^|z∧e| fixed for the whole sweep. When the highest
/// bit of x is ≥ 3 a chunk and its partner chunk are updated together (each pair once); for x &lt; 8 (x = 0, the
/// diagonal case, included) the partner lies in the same chunk, which is read whole before it is written.
/// Requires AVX2 + FMA and at least 8 amplitudes.
/// </para>
/// </summary>
internal static unsafe class ChunkedPauliRotationKernel
{
    internal static bool IsSupported => ComplexVector.IsSupported;

    internal static void Apply(Complex* psi, long len, ulong x, ulong z, double theta)
    {
        var (sin, cos) = Math.SinCos(theta / 2);
        Complex f = new Complex(0, -sin) * Operators.PauliString.PhaseToComplex(BitOperations.PopCount(x & z));
        var geo = new ChunkGeometry(x, len);
        var setup = new Setup(geo, z, cos, f);
        nint addr = (nint)psi;
        int pivot = geo.Pivot;
        if (geo.Paired)
        {
            Parallelism.For(len / 16, len, 1, (s, e) =>
            {
                for (long k = s; k < e; k++) Paired((double*)addr, BitOps.InsertZero(8 * k, pivot), setup);
            });
            return;
        }
        Parallelism.For(len / 8, len, 1, (s, e) =>
        {
            for (long k = s; k < e; k++) WithinChunk((double*)addr, 8 * k, setup);
        });
    }

    /// <summary>Sweep constants: partner offsets, lane permutation and the per-element signs.</summary>
    private readonly struct Setup
    {
        internal readonly ulong Xh, Z;
        internal readonly long O0, O1, O2, O3;
        internal readonly Vector256<int> Lanes;
        internal readonly Vector256<double> C, Fr, Fi;
        /// <summary>(−1)^|z∧e| for the elements of vector j (both doubles of an element).</summary>
        internal readonly Vector256<double> S0, S1, S2, S3;
        /// <summary>(−1)^|z∧(e⊕x_l)|: the in-chunk sign of each element's partner.</summary>
        internal readonly Vector256<double> P0, P1, P2, P3;

        internal Setup(in ChunkGeometry geo, ulong z, double c, Complex f)
        {
            Xh = geo.Xh;
            Z = z;
            int xl = geo.Xl;
            O0 = geo.O0; O1 = geo.O1; O2 = geo.O2; O3 = geo.O3;
            Lanes = geo.Lanes;
            C = Vector256.Create(c);
            Fr = ComplexVector.Real(f);
            Fi = ComplexVector.ImagSigned(f);
            S0 = Signs(z, 0, 0); S1 = Signs(z, 2, 0); S2 = Signs(z, 4, 0); S3 = Signs(z, 6, 0);
            P0 = Signs(z, 0, xl); P1 = Signs(z, 2, xl); P2 = Signs(z, 4, xl); P3 = Signs(z, 6, xl);
        }

        private static Vector256<double> Signs(ulong z, int e, int xl)
        {
            double s0 = ChunkGeometry.InChunkSign(z, e ^ xl);
            double s1 = ChunkGeometry.InChunkSign(z, (e + 1) ^ xl);
            return Vector256.Create(s0, s0, s1, s1);
        }
    }

    /// <summary>Chunk B (pivot bit clear) and its partner chunk B ⊕ x_h.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Paired(double* p, long chunk, in Setup k)
    {
        long partner = (long)((ulong)chunk ^ k.Xh);
        double* a = p + 2 * chunk;
        double* t = p + 2 * partner;
        var sa = Vector256.Create(ChunkGeometry.Sign(k.Z, chunk));
        var st = Vector256.Create(ChunkGeometry.Sign(k.Z, partner));
        Pair(a, t + k.O0, k.S0, k.P0, sa, st, k);
        Pair(a + 4, t + k.O1, k.S1, k.P1, sa, st, k);
        Pair(a + 8, t + k.O2, k.S2, k.P2, sa, st, k);
        Pair(a + 12, t + k.O3, k.S3, k.P3, sa, st, k);
    }

    /// <summary>One vector of the chunk and the matching (permuted) vector of the partner chunk.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Pair(double* a, double* t, Vector256<double> ownSign, Vector256<double> partnerSign,
        Vector256<double> chunkSign, Vector256<double> partnerChunkSign, in Setup k)
    {
        var va = Avx.LoadVector256(a);
        var vt = ChunkGeometry.Permute(Avx.LoadVector256(t), k.Lanes);
        var na = Fma.MultiplyAdd(va, k.C, ComplexVector.Multiply(Avx.Multiply(vt, Avx.Multiply(partnerSign, partnerChunkSign)), k.Fr, k.Fi));
        var nt = Fma.MultiplyAdd(vt, k.C, ComplexVector.Multiply(Avx.Multiply(va, Avx.Multiply(ownSign, chunkSign)), k.Fr, k.Fi));
        Avx.Store(a, na);
        Avx.Store(t, ChunkGeometry.Permute(nt, k.Lanes));
    }

    /// <summary>x &lt; 8: all four vectors are read, then rewritten (the partner of each element is in the chunk).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WithinChunk(double* p, long chunk, in Setup k)
    {
        double* a = p + 2 * chunk;
        var s = Vector256.Create(ChunkGeometry.Sign(k.Z, chunk));
        var v0 = Avx.LoadVector256(a); var v1 = Avx.LoadVector256(a + 4);
        var v2 = Avx.LoadVector256(a + 8); var v3 = Avx.LoadVector256(a + 12);
        // Vector j's partners are vector j ⊕ jx, i.e. the vector at offset O_j (in doubles) from the chunk start.
        var t0 = ChunkGeometry.Permute(Avx.LoadVector256(a + k.O0), k.Lanes); var t1 = ChunkGeometry.Permute(Avx.LoadVector256(a + k.O1), k.Lanes);
        var t2 = ChunkGeometry.Permute(Avx.LoadVector256(a + k.O2), k.Lanes); var t3 = ChunkGeometry.Permute(Avx.LoadVector256(a + k.O3), k.Lanes);
        Avx.Store(a, Fma.MultiplyAdd(v0, k.C, ComplexVector.Multiply(Avx.Multiply(t0, Avx.Multiply(k.P0, s)), k.Fr, k.Fi)));
        Avx.Store(a + 4, Fma.MultiplyAdd(v1, k.C, ComplexVector.Multiply(Avx.Multiply(t1, Avx.Multiply(k.P1, s)), k.Fr, k.Fi)));
        Avx.Store(a + 8, Fma.MultiplyAdd(v2, k.C, ComplexVector.Multiply(Avx.Multiply(t2, Avx.Multiply(k.P2, s)), k.Fr, k.Fi)));
        Avx.Store(a + 12, Fma.MultiplyAdd(v3, k.C, ComplexVector.Multiply(Avx.Multiply(t3, Avx.Multiply(k.P3, s)), k.Fr, k.Fi)));
    }
}
