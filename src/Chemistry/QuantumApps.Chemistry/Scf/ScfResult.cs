namespace QuantumApps.Chemistry.Scf;

/// <summary>
/// Result of a closed-shell RHF run. Energies in hartree. <see cref="Coefficients"/> is row-major n×m
/// (AO μ, MO i) at μ*m+i, with MOs ordered by ascending orbital energy; <see cref="Density"/> is the AO density
/// P = 2 C_occ C_occᵀ, row-major n×n.
/// </summary>
/// <param name="TotalEnergy">E_RHF = E_el + E_nuc.</param>
/// <param name="NuclearRepulsion">E_nuc.</param>
/// <param name="OrbitalEnergies">ε_i, ascending (length m).</param>
/// <param name="Coefficients">C (n×m).</param>
/// <param name="Density">P (n×n).</param>
/// <param name="NumBasisFunctions">n.</param>
/// <param name="NumOccupied">Doubly occupied orbitals.</param>
/// <param name="Iterations">Iterations performed.</param>
/// <param name="Converged">True when <paramref name="ExitReason"/> is Converged.</param>
/// <param name="ExitReason">Why the run stopped.</param>
/// <param name="LastEnergyChange">Last |ΔE|.</param>
/// <param name="LastDiisError">Last max |Xᵀ(FPS − SPF)X|.</param>
public sealed record ScfResult(
    double TotalEnergy,
    double NuclearRepulsion,
    double[] OrbitalEnergies,
    double[] Coefficients,
    double[] Density,
    int NumBasisFunctions,
    int NumOccupied,
    int Iterations,
    bool Converged,
    ScfExitReason ExitReason,
    double LastEnergyChange,
    double LastDiisError)
{
    /// <summary>Number of molecular orbitals m (fewer than n after removing linear dependencies).</summary>
    public int NumOrbitals => OrbitalEnergies.Length;

    /// <summary>A one-line summary with a suggestion when not converged.</summary>
    public string Describe() => Converged
        ? $"RHF converged in {Iterations} iterations: E = {TotalEnergy:F10} Ha"
        : $"RHF did not converge in {Iterations} iterations (last |dE| = {LastEnergyChange:E2} Ha, DIIS error = {LastDiisError:E2}); " +
          "try more iterations, a larger DIIS subspace, or check geometry, charge and multiplicity";
}
