namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// Anti-Hermitian excitation generators used by UCC ansätze (spin-orbital indices, interleaved spin):
/// <code>T_i^a = a†_a a_i − a†_i a_a</code>
/// <code>T_ij^ab = a†_a a†_b a_j a_i − a†_i a†_j a_b a_a</code>
/// so that exp(θ T) is unitary and, acting on a determinant with i (and j) occupied and a (and b) empty,
/// exp(θ T) moves amplitude into the excited determinant. T† = −T.
/// </summary>
public static class ExcitationGenerator
{
    /// <summary>Single excitation generator a†_a a_i − a†_i a_a (i occupied → a virtual). Requires i ≠ a.</summary>
    public static FermionOperator Single(int occupied, int virtualOrbital)
    {
        if (occupied == virtualOrbital)
        {
            throw new ArgumentException($"single excitation needs distinct spin orbitals, got i = a = {occupied}");
        }
        var builder = new FermionOperatorBuilder();
        builder.Add(1.0, LadderOperator.Create(virtualOrbital), LadderOperator.Annihilate(occupied));
        builder.Add(-1.0, LadderOperator.Create(occupied), LadderOperator.Annihilate(virtualOrbital));
        return builder.ToOperator();
    }

    /// <summary>
    /// Double excitation generator a†_a a†_b a_j a_i − a†_i a†_j a_b a_a (i, j occupied → a, b virtual).
    /// Requires i ≠ j and a ≠ b (otherwise the operator is zero).
    /// </summary>
    public static FermionOperator Double(int occupiedI, int occupiedJ, int virtualA, int virtualB)
    {
        if (occupiedI == occupiedJ || virtualA == virtualB)
        {
            throw new ArgumentException($"double excitation needs i ≠ j and a ≠ b, got i={occupiedI} j={occupiedJ} a={virtualA} b={virtualB}");
        }
        var builder = new FermionOperatorBuilder();
        builder.Add(1.0, LadderOperator.Create(virtualA), LadderOperator.Create(virtualB),
            LadderOperator.Annihilate(occupiedJ), LadderOperator.Annihilate(occupiedI));
        builder.Add(-1.0, LadderOperator.Create(occupiedI), LadderOperator.Create(occupiedJ),
            LadderOperator.Annihilate(virtualB), LadderOperator.Annihilate(virtualA));
        return builder.ToOperator();
    }
}
