using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Matrix-free action of a grouped Pauli sum (see <see cref="GroupedPauliSum"/>):
/// expectation ⟨ψ|H|ψ⟩ = Σ_g Σ_b conj(ψ[b⊕x_g]) f_g(b) ψ[b], one pass over the state per X mask, and
/// the product φ = H·ψ over the full space.
/// </summary>
internal static unsafe class PauliSumKernel
{
    /// <summary>
    /// ⟨ψ|H|ψ⟩ for Hermitian H (real coefficients), one pass per X-mask group g:
    /// E_g = Σ_b Re[conj(ψ[b⊕x]) ψ[b] f_g(b)]. Two strategies, chosen per group by cost:
    /// <list type="bullet">
    /// <item>Few terms, AVX2 and at least 8 amplitudes: <see cref="ChunkedExpectationKernel"/> (the same sum,
    /// vectorised over chunks of 8 amplitudes).</item>
    /// <item>Few terms otherwise (scalar): pair b with b⊕x (pivot = highest bit of x clear in b) so each pair is visited once:
    /// E_g = Σ_b 2[Re(u)·R(b) − Im(u)·J(b)] with u = conj(ψ[b⊕x])ψ[b], R(b) = Σ_even c̃_k s_k(b) over terms
    /// with |x∧z_k| even (c̃ real) and J(b) = Σ_odd Im(c̃_k) s_k(b) over the others (c̃ imaginary); for x = 0
    /// it is Σ_b |ψ_b|² R(b).</item>
    /// <item>Many terms (more than 2n): one Walsh–Hadamard transform of g(b) = conj(ψ[b⊕x])ψ[b] gives
    /// ĝ(z) = Σ_b g(b)(−1)^|z∧b| for every z at once, and E_g = Σ_k Re(c̃_k ĝ(z_k)).</item>
    /// </list>
    /// </summary>
    internal static double Expectation(GroupedPauliSum h, Span<Complex> amps)
    {
        fixed (Complex* p = amps) return Expectation(h, p, amps.Length);
    }

    private static double Expectation(GroupedPauliSum h, Complex* psi, long len)
    {
        nint addr = (nint)psi;
        int threads = Parallelism.ThreadsFor(len * Math.Max(1, h.ZMasks.Length / 4));
        if (threads > 1 && h.GroupCount > 1)
        {
            // Groups are scheduled dynamically (uneven cost), but summed in group order afterwards, so the result does
            // not depend on which thread took which group: runs are bit-for-bit reproducible.
            var partial = new double[h.GroupCount];
            Parallelism.ForEachItem(h.GroupCount, threads,
                () => (Re: (double[]?)null, Im: (double[]?)null),
                (g, acc) =>
                {
                    partial[g] = GroupExpectation(h, g, (Complex*)addr, len, ref acc.Re, ref acc.Im);
                    return acc;
                },
                _ => { });
            double total = 0;
            foreach (double e in partial) total += e;
            return total;
        }
        double sum = 0;
        double[]? re = null, im = null;
        for (int g = 0; g < h.GroupCount; g++) sum += GroupExpectation(h, g, psi, len, ref re, ref im);
        return sum;
    }

    private static double GroupExpectation(GroupedPauliSum h, int g, Complex* psi, long len, ref double[]? bufRe, ref double[]? bufIm)
    {
        ulong x = h.XMasks[g];
        int s = h.Start[g], e = h.Start[g + 1];
        if (e - s > 2 * h.NumQubits + 2) return GroupByTransform(h, x, s, e, psi, len, ref bufRe, ref bufIm);
        ReadOnlySpan<ulong> z = h.ZMasks.AsSpan(s, e - s);
        ReadOnlySpan<double> cr = h.CoefRe.AsSpan(s, e - s);
        ReadOnlySpan<double> ci = h.CoefIm.AsSpan(s, e - s);
        if (ChunkedExpectationKernel.IsSupported && len >= ChunkedExpectationKernel.ChunkAmplitudes && z.Length <= ChunkedExpectationKernel.MaxTerms)
            return ChunkedExpectationKernel.Evaluate(psi, len, x, z, cr, ci);
        double acc = 0;
        if (x == 0)
        {
            for (long b = 0; b < len; b++)
            {
                Complex a = psi[b];
                double prob = a.Real * a.Real + a.Imaginary * a.Imaginary;
                double r = 0;
                for (int k = 0; k < z.Length; k++)
                    r += (1 - ((BitOperations.PopCount(z[k] & (ulong)b) & 1) << 1)) * cr[k];
                acc += prob * r;
            }
            return acc;
        }
        int pivot = 63 - BitOperations.LeadingZeroCount(x);
        long run = 1L << pivot;
        if (z.Length == 1) return 2 * SingleTerm(psi, len, x, z[0], cr[0], ci[0], run);
        for (long blockStart = 0; blockStart < len; blockStart += 2 * run)
        {
            for (long b = blockStart; b < blockStart + run; b++)
            {
                Complex a = psi[b];
                Complex t = psi[(long)((ulong)b ^ x)];
                double ur = t.Real * a.Real + t.Imaginary * a.Imaginary;
                double ui = t.Real * a.Imaginary - t.Imaginary * a.Real;
                double r = 0, j = 0;
                for (int k = 0; k < z.Length; k++)
                {
                    double sign = 1 - ((BitOperations.PopCount(z[k] & (ulong)b) & 1) << 1);
                    r += sign * cr[k];
                    j += sign * ci[k];
                }
                acc += ur * r - ui * j;
            }
        }
        return 2 * acc;
    }

    /// <summary>One term: Σ_b s(b)·(Re(u)·c_re − Im(u)·c_im) over pivot-clear b.</summary>
    private static double SingleTerm(Complex* p, long len, ulong x, ulong z, double cRe, double cIm, long run)
    {
        // Four independent accumulators hide the FMA latency of a single running sum; raw pointers avoid
        // a bounds check per access (indices stay inside the array by construction).
        double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
        for (long blockStart = 0; blockStart < len; blockStart += 2 * run)
        {
            long end = blockStart + run;
            long b = blockStart;
            for (; b + 4 <= end; b += 4)
            {
                a0 += Weighted(p, x, z, cRe, cIm, b);
                a1 += Weighted(p, x, z, cRe, cIm, b + 1);
                a2 += Weighted(p, x, z, cRe, cIm, b + 2);
                a3 += Weighted(p, x, z, cRe, cIm, b + 3);
            }
            for (; b < end; b++) a0 += Weighted(p, x, z, cRe, cIm, b);
        }
        return (a0 + a1) + (a2 + a3);
    }

    /// <summary>(−1)^|z∧b|·Re(c̃·conj(ψ[b⊕x])·ψ[b]), the sign computed without a branch (its parity is random).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Weighted(Complex* psi, ulong x, ulong z, double cRe, double cIm, long b)
    {
        double* a = (double*)(psi + b);
        double* t = (double*)(psi + (long)((ulong)b ^ x));
        double w = (t[0] * a[0] + t[1] * a[1]) * cRe - (t[0] * a[1] - t[1] * a[0]) * cIm;
        return (1 - ((BitOperations.PopCount(z & (ulong)b) & 1) << 1)) * w;
    }

    private static double GroupByTransform(GroupedPauliSum h, ulong x, int s, int e, Complex* psi, long len, ref double[]? bufRe, ref double[]? bufIm)
    {
        bufRe ??= new double[len];
        bufIm ??= new double[len];
        for (long b = 0; b < len; b++)
        {
            Complex a = psi[b];
            Complex t = psi[(long)((ulong)b ^ x)];
            bufRe[b] = t.Real * a.Real + t.Imaginary * a.Imaginary;
            bufIm[b] = t.Real * a.Imaginary - t.Imaginary * a.Real;
        }
        WalshHadamardKernel.Transform(bufRe);
        if (x != 0) WalshHadamardKernel.Transform(bufIm);
        double acc = 0;
        for (int k = s; k < e; k++)
        {
            long zk = (long)h.ZMasks[k];
            acc += h.CoefRe[k] * bufRe[zk] - h.CoefIm[k] * (x != 0 ? bufIm[zk] : 0.0);
        }
        return acc;
    }

    /// <summary>
    /// φ = H·ψ over the full 2^n space (φ is overwritten): φ[b ⊕ x_g] += f_g(b)·ψ[b], one pass per X-mask group
    /// (groups of more than <see cref="ChunkedPauliProductKernel.MaxTerms"/> terms in several passes). With AVX2 and at
    /// least 8 amplitudes the passes run in <see cref="ChunkedPauliProductKernel"/>, split into contiguous source
    /// ranges over the threads (their target chunks are disjoint); otherwise scalar.
    /// </summary>
    internal static void Apply(GroupedPauliSum h, ReadOnlySpan<Complex> psi, Span<Complex> phi) => Product(h, psi, phi);

    /// <summary>
    /// φ = H·ψ for a real vector ψ and an operator with real folded coefficients (<see cref="GroupedPauliSum.RealFolded"/>:
    /// H is then a real matrix), with half the memory traffic of the complex product.
    /// </summary>
    internal static void ApplyReal(GroupedPauliSum h, ReadOnlySpan<double> psi, Span<double> phi)
    {
        if (!h.RealFolded) throw new InvalidOperationException("the real product needs real folded coefficients");
        Product(h, psi, phi);
    }

    private static void Product<T>(GroupedPauliSum h, ReadOnlySpan<T> psi, Span<T> phi) where T : unmanaged, INumberBase<T>
    {
        phi.Clear();
        long len = psi.Length;
        if (!ChunkedPauliProductKernel.IsSupported || len < ChunkedPauliProductKernel.ChunkAmplitudes)
        {
            ApplyScalar(h, psi, phi);
            return;
        }
        fixed (T* pp = psi)
        fixed (T* pf = phi)
        {
            nint src = (nint)pp, dst = (nint)pf;
            for (int g = 0; g < h.GroupCount; g++)
            {
                ulong x = h.XMasks[g];
                for (int s = h.Start[g]; s < h.Start[g + 1]; s += ChunkedPauliProductKernel.MaxTerms)
                {
                    int e = Math.Min(h.Start[g + 1], s + ChunkedPauliProductKernel.MaxTerms);
                    int first = s, count = e - s;
                    Parallelism.For(len / ChunkedPauliProductKernel.ChunkAmplitudes, len * Math.Max(1, count / 4), 1, (c0, c1) =>
                    {
                        long begin = c0 * ChunkedPauliProductKernel.ChunkAmplitudes, end = c1 * ChunkedPauliProductKernel.ChunkAmplitudes;
                        var z = h.ZMasks.AsSpan(first, count);
                        var cr = h.CoefRe.AsSpan(first, count);
                        if (typeof(T) == typeof(Complex))
                            ChunkedPauliProductKernel.Accumulate((double*)src, (double*)dst, begin, end, x, z, cr, h.CoefIm.AsSpan(first, count));
                        else
                            ChunkedPauliProductKernel.AccumulateReal((double*)src, (double*)dst, begin, end, x, z, cr);
                    });
                }
            }
        }
    }

    /// <summary>Scalar φ += H·ψ (φ cleared by the caller): the oracle-simple form of <see cref="Apply"/> and <see cref="ApplyReal"/>.</summary>
    internal static void ApplyScalar<T>(GroupedPauliSum h, ReadOnlySpan<T> psi, Span<T> phi) where T : INumberBase<T>
    {
        long len = psi.Length;
        for (int g = 0; g < h.GroupCount; g++)
        {
            ulong x = h.XMasks[g];
            for (long b = 0; b < len; b++)
            {
                T a = psi[(int)b];
                if (T.IsZero(a)) continue;
                var (fr, fi) = h.Element(g, (ulong)b);
                phi[(int)((ulong)b ^ x)] += GroupedPauliSum.Element<T>(fr, fi) * a;
            }
        }
    }
}
