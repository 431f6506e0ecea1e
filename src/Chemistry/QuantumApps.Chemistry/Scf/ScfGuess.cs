namespace QuantumApps.Chemistry.Scf;

/// <summary>Initial guess of the RHF driver.</summary>
public enum ScfGuess
{
    /// <summary>
    /// Generalised Wolfsberg–Helmholz matrix with a symmetric resolution of a degenerate HOMO/LUMO shell
    /// (<see cref="RhfSteps.SymmetrisedGwhOrbitals"/>); the default.
    /// </summary>
    SymmetrisedGwh,

    /// <summary>
    /// Plain generalised Wolfsberg–Helmholz matrix, orbitals exactly as the eigensolver returns them (the driver's
    /// guess before the symmetric resolution; kept to reproduce and test the symmetry-broken ionic H2 solution).
    /// </summary>
    Gwh,
}
