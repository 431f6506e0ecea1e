using System.Numerics;

namespace QuantumApps.Simulator.Gradients;

/// <summary>
/// Matrix elements ⟨bra|G|ket⟩ of the generators used by adjoint differentiation, in one pass without
/// allocation. For a Pauli string σ(x, z): P|b⟩ = i^|x∧z|·(−1)^|z∧b|·|b⊕x⟩, so
/// ⟨bra|Π_c·P|ket⟩ = i^|x∧z| Σ_{b ⊇ c} conj(bra[b⊕x])·(−1)^|z∧b|·ket[b], where Π_c projects onto basis states whose
/// control bits c are all 1 (c must not meet x, so Π_c and P commute).
/// </summary>
internal static class GeneratorKernel
{
    internal static Complex PauliElement(ReadOnlySpan<Complex> bra, ReadOnlySpan<Complex> ket, ulong x, ulong z, ulong controlMask)
    {
        double re = 0, im = 0;
        for (int b = 0; b < ket.Length; b++)
        {
            if (((ulong)b & controlMask) != controlMask) continue;
            Complex k = ket[b], w = bra[(int)((ulong)b ^ x)];
            // conj(w)·k
            double pr = w.Real * k.Real + w.Imaginary * k.Imaginary;
            double pi = w.Real * k.Imaginary - w.Imaginary * k.Real;
            if ((BitOperations.PopCount(z & (ulong)b) & 1) != 0) { pr = -pr; pi = -pi; }
            re += pr;
            im += pi;
        }
        return Operators.PauliString.PhaseToComplex(BitOperations.PopCount(x & z)) * new Complex(re, im);
    }

    /// <summary>⟨bra|D|ket⟩ = Σ_b conj(bra[b])·d_b·ket[b].</summary>
    internal static Complex DiagonalElement(ReadOnlySpan<Complex> bra, ReadOnlySpan<Complex> ket, ReadOnlySpan<double> d)
    {
        double re = 0, im = 0;
        for (int b = 0; b < ket.Length; b++)
        {
            Complex k = ket[b], w = bra[b];
            re += d[b] * (w.Real * k.Real + w.Imaginary * k.Imaginary);
            im += d[b] * (w.Real * k.Imaginary - w.Imaginary * k.Real);
        }
        return new Complex(re, im);
    }
}
