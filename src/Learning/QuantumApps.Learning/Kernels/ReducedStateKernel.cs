using System.Numerics;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Hot loop: one-qubit Bloch vectors of a pure state. For qubit q, with pairs (b, b|2^q) where bit q of b is 0:
/// ρ_01 = Σ ψ_b conj(ψ_(b|2^q)), ⟨X_q⟩ = 2 Re ρ_01, ⟨Y_q⟩ = −2 Im ρ_01, ⟨Z_q⟩ = Σ |ψ_b|² − |ψ_(b|2^q)|².
/// </summary>
internal static class ReducedStateKernel
{
    public static void Bloch(ReadOnlySpan<Complex> psi, int n, Span<double> output)
    {
        for (int q = 0; q < n; q++)
        {
            int bit = 1 << q;
            double re = 0, im = 0, z = 0;
            for (int b = 0; b < psi.Length; b++)
            {
                if ((b & bit) != 0) continue;
                Complex a0 = psi[b], a1 = psi[b | bit];
                re += a0.Real * a1.Real + a0.Imaginary * a1.Imaginary;
                im += a0.Imaginary * a1.Real - a0.Real * a1.Imaginary;
                z += a0.Real * a0.Real + a0.Imaginary * a0.Imaginary - a1.Real * a1.Real - a1.Imaginary * a1.Imaginary;
            }
            output[3 * q] = 2 * re;
            output[3 * q + 1] = -2 * im;
            output[3 * q + 2] = z;
        }
    }
}
