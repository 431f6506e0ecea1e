using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Matrix-free action of a grouped Pauli sum (see <see cref="GroupedPauliSum"/>):
/// expectation ⟨ψ|H|ψ⟩ = Σ_g Σ_b conj(ψ[b⊕x_g]) f_g(b) ψ[b], one pass over the state per X mask, and
/// the product φ = H·ψ over the full space.
/// </summary>
internal static class PauliSumKernel
{
    /// <summary>⟨ψ|H|ψ⟩ (complex; real for Hermitian H).</summary>
    internal static Complex Expectation(GroupedPauliSum h, Complex[] psi)
    {
        double re = 0, im = 0;
        var arr = psi;
        long len = psi.Length;
        int threads = Parallelism.ThreadsFor(len * Math.Max(1, h.ZMasks.Length / 4));
        if (threads > 1 && h.GroupCount > 1)
        {
            object gate = new();
            Parallel.For(0, h.GroupCount, new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => (0.0, 0.0),
                (g, _, acc) => { var c = GroupExpectation(h, g, arr); return (acc.Item1 + c.Real, acc.Item2 + c.Imaginary); },
                acc => { lock (gate) { re += acc.Item1; im += acc.Item2; } });
            return new Complex(re, im);
        }
        for (int g = 0; g < h.GroupCount; g++)
        {
            var c = GroupExpectation(h, g, arr);
            re += c.Real;
            im += c.Imaginary;
        }
        return new Complex(re, im);
    }

    private static Complex GroupExpectation(GroupedPauliSum h, int g, Complex[] psi)
    {
        ulong x = h.XMasks[g];
        int s = h.Start[g], e = h.Start[g + 1];
        ReadOnlySpan<ulong> z = h.ZMasks.AsSpan(s, e - s);
        ReadOnlySpan<double> cr = h.CoefRe.AsSpan(s, e - s);
        ReadOnlySpan<double> ci = h.CoefIm.AsSpan(s, e - s);
        double accRe = 0, accIm = 0;
        long len = psi.Length;
        if (x == 0)
        {
            for (long b = 0; b < len; b++)
            {
                Complex a = psi[b];
                double prob = a.Real * a.Real + a.Imaginary * a.Imaginary;
                if (prob == 0) continue;
                double fr = 0, fi = 0;
                for (int k = 0; k < z.Length; k++)
                {
                    double sign = (BitOperations.PopCount(z[k] & (ulong)b) & 1) == 0 ? 1.0 : -1.0;
                    fr += sign * cr[k];
                    fi += sign * ci[k];
                }
                accRe += prob * fr;
                accIm += prob * fi;
            }
            return new Complex(accRe, accIm);
        }
        for (long b = 0; b < len; b++)
        {
            Complex a = psi[b];
            Complex t = psi[(long)((ulong)b ^ x)];
            double pr = t.Real * a.Real + t.Imaginary * a.Imaginary;
            double pi = t.Real * a.Imaginary - t.Imaginary * a.Real;
            double fr = 0, fi = 0;
            for (int k = 0; k < z.Length; k++)
            {
                double sign = (BitOperations.PopCount(z[k] & (ulong)b) & 1) == 0 ? 1.0 : -1.0;
                fr += sign * cr[k];
                fi += sign * ci[k];
            }
            accRe += pr * fr - pi * fi;
            accIm += pr * fi + pi * fr;
        }
        return new Complex(accRe, accIm);
    }

    /// <summary>φ = H·ψ over the full 2^n space (φ is overwritten).</summary>
    internal static void Apply(GroupedPauliSum h, ReadOnlySpan<Complex> psi, Span<Complex> phi)
    {
        phi.Clear();
        long len = psi.Length;
        for (int g = 0; g < h.GroupCount; g++)
        {
            ulong x = h.XMasks[g];
            int s = h.Start[g], e = h.Start[g + 1];
            ReadOnlySpan<ulong> z = h.ZMasks.AsSpan(s, e - s);
            ReadOnlySpan<double> cr = h.CoefRe.AsSpan(s, e - s);
            ReadOnlySpan<double> ci = h.CoefIm.AsSpan(s, e - s);
            for (long b = 0; b < len; b++)
            {
                Complex a = psi[(int)b];
                if (a == Complex.Zero) continue;
                double fr = 0, fi = 0;
                for (int k = 0; k < z.Length; k++)
                {
                    double sign = (BitOperations.PopCount(z[k] & (ulong)b) & 1) == 0 ? 1.0 : -1.0;
                    fr += sign * cr[k];
                    fi += sign * ci[k];
                }
                int target = (int)((ulong)b ^ x);
                phi[target] += new Complex(fr * a.Real - fi * a.Imaginary, fr * a.Imaginary + fi * a.Real);
            }
        }
    }
}
