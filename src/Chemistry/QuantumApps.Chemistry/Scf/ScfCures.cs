namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Convergence aids an SCF attempt used (flags; <see cref="None"/> is plain DIIS). Spelled in output by
/// <see cref="ScfAttempt.CureNames"/>.
/// </summary>
[Flags]
public enum ScfCures
{
    /// <summary>Plain Pulay DIIS from the guess.</summary>
    None = 0,

    /// <summary>
    /// Density damping P ← (1 − α) P_new + α P_old with α = <see cref="RhfSolver.DampingFactor"/> while the DIIS error
    /// exceeds <see cref="RhfSolver.EarlyPhaseError"/> (the early iterations).
    /// </summary>
    Damping = 1,

    /// <summary>
    /// Level shift of the virtual space, F ← F + b (S − ½ S P S) with b = <see cref="RhfSolver.LevelShiftHartree"/>,
    /// in every iteration of the attempt (Saunders &amp; Hillier 1973): it keeps the aufbau occupation from flipping
    /// across a small HOMO–LUMO gap and leaves the self-consistent orbitals unchanged. Switching it off part-way
    /// (psi4's level_shift_cutoff) let stretched H2O fall off the solution again.
    /// </summary>
    LevelShift = 2,

    /// <summary>
    /// ADIIS (Hu &amp; Yang, J. Chem. Phys. 132, 054109 (2010)) while the DIIS error exceeds
    /// <see cref="RhfSolver.EarlyPhaseError"/>, then DIIS: coefficients c ≥ 0, Σ c = 1 minimising the augmented
    /// Roothaan–Hall energy (<see cref="RhfSteps.AdiisCoefficients"/>).
    /// </summary>
    Adiis = 4,

    /// <summary>Start from the superposition of atomic densities (<see cref="SadGuess"/>) instead of the GWH guess.</summary>
    SadGuess = 8,
}
