using QuantumApps.Simulator;

namespace QuantumApps.Ansatz.Excitations;

/// <summary>
/// A fermionic excitation τ on spin orbitals (Jordan–Wigner qubits): a single τ = a†_a a_i or a double
/// τ = a†_a a†_b a_j a_i, with the anti-Hermitian generator A = τ − τ† (the same sign convention as
/// <c>QuantumApps.Chemistry.Fermions.ExcitationGenerator</c>). The unitary exp(θA) is unitary for real θ and,
/// on a determinant with i (and j) occupied and a (and b) empty, moves amplitude sin θ (times the JW sign) into
/// the excited determinant. For a double, <see cref="Annihilated"/> = [i, j], <see cref="Created"/> = [a, b];
/// all indices must be distinct (generalised excitations allowed: "occupied" need not mean occupied in HF).
/// </summary>
public sealed record FermionicExcitation
{
    private FermionicExcitation(int[] annihilated, int[] created)
    {
        Annihilated = annihilated;
        Created = created;
    }

    /// <summary>Spin orbitals emptied: [i] or [i, j].</summary>
    public IReadOnlyList<int> Annihilated { get; }

    /// <summary>Spin orbitals filled: [a] or [a, b].</summary>
    public IReadOnlyList<int> Created { get; }

    /// <summary>1 for a single, 2 for a double.</summary>
    public int Rank => Created.Count;

    /// <summary>Mask of the annihilated spin orbitals.</summary>
    public ulong AnnihilatedMask => Annihilated.Aggregate(0UL, (m, p) => m | (1UL << p));

    /// <summary>Mask of the created spin orbitals.</summary>
    public ulong CreatedMask => Created.Aggregate(0UL, (m, p) => m | (1UL << p));

    /// <summary>Highest spin orbital touched.</summary>
    public int MaxOrbital => Math.Max(Annihilated.Max(), Created.Max());

    /// <summary>The single a†_a a_i − h.c.</summary>
    public static FermionicExcitation Single(int i, int a)
    {
        Check([i, a]);
        return new FermionicExcitation([i], [a]);
    }

    /// <summary>The double a†_a a†_b a_j a_i − h.c.</summary>
    public static FermionicExcitation Double(int i, int j, int a, int b)
    {
        Check([i, j, a, b]);
        return new FermionicExcitation([i, j], [a, b]);
    }

    private static void Check(int[] orbitals)
    {
        for (int k = 0; k < orbitals.Length; k++)
        {
            if (orbitals[k] < 0 || orbitals[k] > 61) throw new QuantumAppsException($"spin orbital {orbitals[k]} is outside 0..61");
            for (int l = 0; l < k; l++)
                if (orbitals[k] == orbitals[l]) throw new QuantumAppsException($"excitation uses spin orbital {orbitals[k]} twice");
        }
    }

    /// <summary>"(0,1->4,5)" style label: annihilated -> created spin orbitals.</summary>
    public override string ToString() => $"({string.Join(",", Annihilated)}->{string.Join(",", Created)})";

    public bool Equals(FermionicExcitation? other) =>
        other is not null && Annihilated.SequenceEqual(other.Annihilated) && Created.SequenceEqual(other.Created);

    public override int GetHashCode() => HashCode.Combine(AnnihilatedMask, CreatedMask, Annihilated[0], Created[0]);
}
