using System.Numerics;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Allocation-free loops for the noise channels. Density-matrix kernels address ρ stored row-major as a vector of
/// 4^n amplitudes, index i = c + (r ≪ n) (column bits low, row bits high), so row qubit q is bit q + n and column
/// qubit q is bit q of i. Each kernel visits the indices whose bits of the touched qubits are all zero and updates
/// the 2×2 (or 4×4) block of row/column sub-indices in place.
/// </summary>
internal static class NoiseKernels
{
    /// <summary>‖Π₁ψ‖² = Σ_{b: bit q = 1} |ψ_b|².</summary>
    internal static double Population1(ReadOnlySpan<Complex> amps, int q)
    {
        int bit = 1 << q;
        double s = 0;
        for (int i = 0; i < amps.Length; i++)
        {
            if ((i & bit) == 0) continue;
            var a = amps[i];
            s += a.Real * a.Real + a.Imaginary * a.Imaginary;
        }
        return s;
    }

    /// <summary>Quantum jump K₁ψ/‖K₁ψ‖: |1⟩ amplitudes move to |0⟩ scaled by <paramref name="scale"/> = 1/‖Π₁ψ‖.</summary>
    internal static void Jump(Span<Complex> amps, int q, double scale)
    {
        int bit = 1 << q;
        for (int i = 0; i < amps.Length; i++)
        {
            if ((i & bit) != 0) continue;
            amps[i] = amps[i | bit] * scale;
            amps[i | bit] = Complex.Zero;
        }
    }

    /// <summary>No-jump branch K₀ψ/‖K₀ψ‖: |0⟩ amplitudes times <paramref name="scale0"/>, |1⟩ amplitudes times <paramref name="scale1"/>.</summary>
    internal static void NoJump(Span<Complex> amps, int q, double scale0, double scale1)
    {
        int bit = 1 << q;
        for (int i = 0; i < amps.Length; i++)
            amps[i] *= (i & bit) == 0 ? scale0 : scale1;
    }

    /// <summary>ρ → (1 − λ)ρ + λ·(I/2 ⊗ Tr_q ρ) with λ = 4p/3 (one-qubit depolarizing with error probability p).</summary>
    internal static void Depolarize1(Span<Complex> rho, int n, int q, double lambda)
    {
        int cb = 1 << q, rb = 1 << (q + n), mask = cb | rb;
        double keep = 1 - lambda;
        for (int i = 0; i < rho.Length; i++)
        {
            if ((i & mask) != 0) continue;
            Complex a = rho[i], b = rho[i | mask];
            Complex avg = 0.5 * lambda * (a + b);
            rho[i] = keep * a + avg;
            rho[i | mask] = keep * b + avg;
            rho[i | cb] *= keep;
            rho[i | rb] *= keep;
        }
    }

    /// <summary>ρ → (1 − λ)ρ + λ·(I/4 ⊗ Tr_{a,b} ρ) with λ = 16p/15 (two-qubit depolarizing with error probability p).</summary>
    internal static void Depolarize2(Span<Complex> rho, int n, int qa, int qb, double lambda)
    {
        int ca = 1 << qa, cbit = 1 << qb, ra = 1 << (qa + n), rbit = 1 << (qb + n);
        int mask = ca | cbit | ra | rbit;
        double keep = 1 - lambda;
        Span<int> rowSub = [0, ra, rbit, ra | rbit];
        Span<int> colSub = [0, ca, cbit, ca | cbit];
        for (int i = 0; i < rho.Length; i++)
        {
            if ((i & mask) != 0) continue;
            Complex trace = Complex.Zero;
            for (int s = 0; s < 4; s++) trace += rho[i | rowSub[s] | colSub[s]];
            for (int r = 0; r < 4; r++)
                for (int c = 0; c < 4; c++)
                {
                    int k = i | rowSub[r] | colSub[c];
                    rho[k] = r == c ? keep * rho[k] + 0.25 * lambda * trace : keep * rho[k];
                }
        }
    }

    /// <summary>Amplitude damping: ρ₀₀ += γρ₁₁, ρ₁₁ *= 1 − γ, coherences *= √(1 − γ) on qubit q.</summary>
    internal static void AmplitudeDamp(Span<Complex> rho, int n, int q, double gamma)
    {
        int cb = 1 << q, rb = 1 << (q + n), mask = cb | rb;
        double coherence = Math.Sqrt(1 - gamma);
        for (int i = 0; i < rho.Length; i++)
        {
            if ((i & mask) != 0) continue;
            Complex b = rho[i | mask];
            rho[i] += gamma * b;
            rho[i | mask] = (1 - gamma) * b;
            rho[i | cb] *= coherence;
            rho[i | rb] *= coherence;
        }
    }

    /// <summary>
    /// Tr(ρ·σ) for a Hermitian Pauli product σ with masks (x, z): σ|r⟩ = i^{|x∧z|}(−1)^{|r∧z|}|r ⊕ x⟩, so
    /// Tr(ρσ) = Σ_r ρ[r, r ⊕ x]·i^{|x∧z|}(−1)^{|r∧z|}.
    /// </summary>
    internal static Complex PauliTrace(ReadOnlySpan<Complex> rho, int n, ulong x, ulong z)
    {
        int dim = 1 << n;
        Complex s = Complex.Zero;
        for (int r = 0; r < dim; r++)
        {
            var v = rho[(r ^ (int)x) + (r << n)];
            s += (BitOperations.PopCount((ulong)r & z) & 1) == 0 ? v : -v;
        }
        return s * Operators.PauliString.PhaseToComplex(BitOperations.PopCount(x & z));
    }
}
