using System.Numerics;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// State-vector kernels for fermionic excitation rotations under Jordan–Wigner. On each pair (x, x') of basis
/// states linked by τ (see <see cref="ExcitationPlan"/>), A = τ − τ† acts as [[0, −s], [s, 0]], so
/// exp(θA): ψ_x ← cos θ·ψ_x − s sin θ·ψ_x', ψ_x' ← s sin θ·ψ_x + cos θ·ψ_x'; all other amplitudes are untouched.
/// The loop visits the 2^(n−r) bases (r = touched orbitals) by inserting zero bits at the touched positions —
/// no Pauli expansion and no scan of the whole vector.
/// </summary>
internal static class ExcitationKernel
{
    /// <summary>ψ ← exp(θ(τ − τ†))ψ.</summary>
    internal static void Rotate(Span<Complex> amps, in ExcitationPlan plan, double theta)
    {
        double c = Math.Cos(theta), sn = Math.Sin(theta);
        int r = plan.Positions.Length;
        long count = amps.Length >> r;
        ReadOnlySpan<int> pos = plan.Positions;
        ulong a = plan.AnnihilatedMask, cr = plan.CreatedMask, sm = plan.SignMask;
        double s0 = plan.BaseSign * sn;
        for (long k = 0; k < count; k++)
        {
            ulong b = Insert((ulong)k, pos);
            double s = (BitOperations.PopCount(b & sm) & 1) == 0 ? s0 : -s0;
            int x = (int)(b | a), xp = (int)(b | cr);
            Complex u = amps[x], v = amps[xp];
            amps[x] = new Complex(c * u.Real - s * v.Real, c * u.Imaginary - s * v.Imaginary);
            amps[xp] = new Complex(s * u.Real + c * v.Real, s * u.Imaginary + c * v.Imaginary);
        }
    }

    /// <summary>Re⟨bra|A|ket⟩ with A = τ − τ†: Σ s·Re(conj(bra_x')·ket_x − conj(bra_x)·ket_x').</summary>
    internal static double GeneratorElement(ReadOnlySpan<Complex> bra, ReadOnlySpan<Complex> ket, in ExcitationPlan plan)
    {
        int r = plan.Positions.Length;
        long count = ket.Length >> r;
        ReadOnlySpan<int> pos = plan.Positions;
        ulong a = plan.AnnihilatedMask, cr = plan.CreatedMask, sm = plan.SignMask;
        double sum = 0;
        for (long k = 0; k < count; k++)
        {
            ulong b = Insert((ulong)k, pos);
            int x = (int)(b | a), xp = (int)(b | cr);
            Complex bx = bra[x], bxp = bra[xp], kx = ket[x], kxp = ket[xp];
            double term = bxp.Real * kx.Real + bxp.Imaginary * kx.Imaginary - (bx.Real * kxp.Real + bx.Imaginary * kxp.Imaginary);
            sum += (BitOperations.PopCount(b & sm) & 1) == 0 ? term : -term;
        }
        return plan.BaseSign * sum;
    }

    /// <summary>Spreads the bits of k over the positions not in <paramref name="positions"/> (ascending), leaving those zero.</summary>
    private static ulong Insert(ulong k, ReadOnlySpan<int> positions)
    {
        foreach (int p in positions)
        {
            ulong low = k & ((1UL << p) - 1);
            k = ((k >> p) << (p + 1)) | low;
        }
        return k;
    }
}
