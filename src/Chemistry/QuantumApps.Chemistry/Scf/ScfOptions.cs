namespace QuantumApps.Chemistry.Scf;

/// <summary>Settings of the RHF driver.</summary>
/// <param name="EnergyTolerance">Converged when |E_k − E_{k−1}| is below this (hartree) ...</param>
/// <param name="ErrorTolerance">... and max |Xᵀ(FPS − SPF)X| is below this.</param>
/// <param name="MaxIterations">
/// Iteration limit of each SCF attempt (plain DIIS, each rescue attempt and each stability follow-up start a new one;
/// <see cref="ScfResult.Iterations"/> counts them all).
/// </param>
/// <param name="DiisSubspace">Number of stored Fock/error pairs for DIIS (0 disables DIIS).</param>
/// <param name="Guess">Initial guess.</param>
/// <param name="StabilityAnalysis">Run the real RHF → RHF internal stability analysis on a converged solution.</param>
/// <param name="StabilityThreshold">
/// The solution counts as unstable when the lowest eigenvalue of the orbital Hessian A + B (hartree) is below this
/// negative number; −1e-5 is PySCF's threshold in <c>stability.rhf_internal</c> and lies far above the rounding of a
/// Hessian built from orbitals converged to 1e-8.
/// </param>
/// <param name="MaxStabilityFollows">
/// Follow-ups (rotate along the unstable eigenvector, re-run the SCF) before an unstable solution is reported as such.
/// </param>
/// <param name="Rescue">
/// When plain DIIS stalls (<see cref="RhfSolver.StallIterations"/>) or reaches <paramref name="MaxIterations"/>, try
/// the <see cref="RhfSolver.RescueSequence"/> (ADIIS + level shift + damping, then the same from the superposition of
/// atomic densities); the attempts are reported in <see cref="ScfResult.Path"/>. False = plain DIIS only.
/// </param>
public sealed record ScfOptions(
    double EnergyTolerance = 1e-10,
    double ErrorTolerance = 1e-8,
    int MaxIterations = 100,
    int DiisSubspace = 8,
    ScfGuess Guess = ScfGuess.SymmetrisedGwh,
    bool StabilityAnalysis = true,
    double StabilityThreshold = -1e-5,
    int MaxStabilityFollows = 3,
    bool Rescue = true);
