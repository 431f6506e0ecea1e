using System.Numerics;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// exp(−iθ/2·P) for a Pauli string P = σ(x, z) (phase i^0): cos(θ/2)·I − i·sin(θ/2)·P with
/// P|b⟩ = i^|x∧z| (−1)^|z∧b| |b⊕x⟩. For x = 0 it is diagonal: ψ[b] ← e^{∓iθ/2} ψ[b] by the parity of z∧b.
/// For x ≠ 0 each pair (b, b⊕x) with the highest bit of x clear in b is updated together. With AVX2 and at
/// least 8 amplitudes the sweep runs in <see cref="ChunkedPauliRotationKernel"/>; the scalar loop here is the
/// fallback (and the reference the chunked form was derived from).
/// </summary>
internal static unsafe class PauliRotationKernel
{
    internal static void Apply(Span<Complex> amps, ulong x, ulong z, double theta)
    {
        fixed (Complex* p = amps)
        {
            if (ChunkedPauliRotationKernel.IsSupported && amps.Length >= 8) ChunkedPauliRotationKernel.Apply(p, amps.Length, x, z, theta);
            else Apply(p, amps.Length, x, z, theta);
        }
    }

    private static void Apply(Complex* basePtr, long len, ulong x, ulong z, double theta)
    {
        double c = Math.Cos(theta / 2), s = Math.Sin(theta / 2);
        nint addr = (nint)basePtr;
        if (x == 0)
        {
            var plus = new Complex(c, -s);
            var minus = new Complex(c, s);
            Parallelism.For(len, len, 1024, (start, end) =>
            {
                Complex* psi = (Complex*)addr;
                for (long b = start; b < end; b++)
                    psi[b] *= (BitOperations.PopCount(z & (ulong)b) & 1) == 0 ? plus : minus;
            });
            return;
        }
        int pivot = 63 - BitOperations.LeadingZeroCount(x);
        // −i·sin(θ/2)·i^|x∧z| is the factor multiplying the partner amplitude before its sign.
        Complex f = new Complex(0, -s) * Operators.PauliString.PhaseToComplex(BitOperations.PopCount(x & z));
        Parallelism.For(len / 2, len, 1024, (start, end) =>
        {
            Complex* psi = (Complex*)addr;
            for (long k = start; k < end; k++)
            {
                long b = BitOps.InsertZero(k, pivot);
                long bp = (long)((ulong)b ^ x);
                Complex ab = psi[b], ap = psi[bp];
                double sb = (BitOperations.PopCount(z & (ulong)b) & 1) == 0 ? 1.0 : -1.0;
                double sp = (BitOperations.PopCount(z & (ulong)bp) & 1) == 0 ? 1.0 : -1.0;
                psi[b] = c * ab + f * (sp * ap);
                psi[bp] = c * ap + f * (sb * ab);
            }
        });
    }
}
