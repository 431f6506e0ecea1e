using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuantumApps.Chemistry.Mappings;

/// <summary>
/// c · P(x, z) with P(x, z) = ⊗_q σ(x_q, z_q) the phase-free Hermitian Pauli string ((1,0) X, (1,1) Y, (0,1) Z).
/// Kernel-internal value type so the fast mapping path multiplies strings with integer ops only.
/// </summary>
internal readonly record struct MaskTerm(ulong X, ulong Z, Complex C)
{
    /// <summary>
    /// c1 P(x1,z1) · c2 P(x2,z2) = c1 c2 i^k P(x1⊕x2, z1⊕z2) with
    /// k = |x1∧z1| + |x2∧z2| + 2|z1∧x2| − |x3∧z3| (mod 4): writing P(x,z) = i^|x∧z| X^x Z^z and moving Z^z1 past X^x2.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MaskTerm Multiply(in MaskTerm a, in MaskTerm b)
    {
        ulong x = a.X ^ b.X, z = a.Z ^ b.Z;
        int k = BitOperations.PopCount(a.X & a.Z) + BitOperations.PopCount(b.X & b.Z)
                + 2 * BitOperations.PopCount(a.Z & b.X) - BitOperations.PopCount(x & z);
        return new MaskTerm(x, z, TimesIPower(a.C * b.C, k));
    }

    /// <summary>c · i^k without a complex multiplication.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Complex TimesIPower(Complex c, int k) => (k & 3) switch
    {
        0 => c,
        1 => new Complex(-c.Imaginary, c.Real),
        2 => new Complex(-c.Real, -c.Imaginary),
        _ => new Complex(c.Imaginary, -c.Real),
    };
}
