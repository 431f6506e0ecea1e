using System.Numerics;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// Precomputed data for applying exp(θ(τ − τ†)) of one <see cref="FermionicExcitation"/> under Jordan–Wigner.
/// τ maps a basis state x with the annihilated bits set and the created bits clear to s(x)·|x'⟩, x' = x ⊕ M
/// (M = all touched bits), and annihilates every other basis state; τ† does the reverse. The JW sign is
/// s(x) = c₀·(−1)^{|base ∧ S|} where base = x with the touched bits cleared, S = (⊕_p below(p)) ∧ ¬M over the four
/// (two) ladder operators p (below(p) = bits 0..p−1: each a_p / a†_p picks up the parity of the occupied orbitals
/// below p), and c₀ is the sign for base = 0, computed once by applying the ladder operators one by one.
/// </summary>
internal readonly struct ExcitationPlan
{
    internal ExcitationPlan(FermionicExcitation e)
    {
        AnnihilatedMask = e.AnnihilatedMask;
        CreatedMask = e.CreatedMask;
        ulong touched = AnnihilatedMask | CreatedMask;
        var positions = new List<int>();
        for (int q = 0; q < 64; q++)
            if (((touched >> q) & 1) != 0) positions.Add(q);
        Positions = positions.ToArray();

        // τ = a†_a (a†_b) (a_j) a_i acts right to left: a_i, a_j, a†_b, a†_a.
        var order = new List<int>(e.Annihilated);
        for (int k = e.Created.Count - 1; k >= 0; k--) order.Add(e.Created[k]);
        ulong s = 0, y = AnnihilatedMask;
        int parity = 0;
        foreach (int p in order)
        {
            ulong below = (1UL << p) - 1;
            s ^= below;
            parity ^= BitOperations.PopCount(y & below) & 1;
            y ^= 1UL << p;
        }
        SignMask = s & ~touched;
        BaseSign = parity == 0 ? 1.0 : -1.0;
    }

    /// <summary>Bits of the spin orbitals emptied by τ.</summary>
    internal ulong AnnihilatedMask { get; }

    /// <summary>Bits of the spin orbitals filled by τ.</summary>
    internal ulong CreatedMask { get; }

    /// <summary>Touched bit positions, ascending.</summary>
    internal int[] Positions { get; }

    /// <summary>S: parity mask of the untouched bits that decides the JW sign.</summary>
    internal ulong SignMask { get; }

    /// <summary>c₀: the sign for base = 0.</summary>
    internal double BaseSign { get; }
}
