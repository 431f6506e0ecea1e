namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// One fermionic ladder operator: the creation operator a†_p (<see cref="IsCreation"/> true) or the
/// annihilation operator a_p on spin orbital (mode) p ≥ 0. Spin orbitals of a molecule are interleaved:
/// mode 2k is spatial orbital k with spin alpha, 2k+1 the same orbital with spin beta.
/// Text form follows OpenFermion: "3^" is a†_3, "3" is a_3.
/// </summary>
/// <param name="Mode">Spin-orbital index p ≥ 0.</param>
/// <param name="IsCreation">True for a†_p, false for a_p.</param>
public readonly record struct LadderOperator(int Mode, bool IsCreation)
{
    /// <summary>The creation operator a†_p.</summary>
    public static LadderOperator Create(int mode) => new(CheckMode(mode), true);

    /// <summary>The annihilation operator a_p.</summary>
    public static LadderOperator Annihilate(int mode) => new(CheckMode(mode), false);

    /// <summary>The Hermitian conjugate: (a†_p)† = a_p and (a_p)† = a†_p.</summary>
    public LadderOperator Adjoint() => new(Mode, !IsCreation);

    /// <inheritdoc />
    public override string ToString() => IsCreation ? $"{Mode}^" : Mode.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int CheckMode(int mode) =>
        mode >= 0 ? mode : throw new ArgumentOutOfRangeException(nameof(mode), mode, "spin-orbital index must be non-negative");
}
