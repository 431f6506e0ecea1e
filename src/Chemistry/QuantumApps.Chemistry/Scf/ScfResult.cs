using System.Globalization;

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
/// <param name="Guess">Initial guess used.</param>
/// <param name="Stability">Outcome of the real RHF → RHF internal stability analysis (<see cref="RhfStability"/>).</param>
/// <param name="LowestHessianEigenvalue">
/// Lowest eigenvalue of the orbital Hessian A + B (hartree) of the returned orbitals; NaN when
/// <paramref name="Stability"/> is NotChecked.
/// </param>
/// <param name="StabilityFollows">
/// How many times the orbitals were rotated along an unstable eigenvector and the SCF re-run (0 when the first
/// solution was stable); a re-run that did not converge counts too, and then the energies and orbitals are those of
/// the last converged (unstable) solution. <paramref name="Iterations"/> counts the iterations of all runs.
/// </param>
/// <param name="Path">
/// Every SCF attempt in order (<see cref="ScfAttempt"/>): plain DIIS, rescue attempts with their cures, stability
/// follow-ups; the iterations sum to <paramref name="Iterations"/>.
/// </param>
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
    double LastDiisError,
    ScfGuess Guess,
    ScfStability Stability,
    double LowestHessianEigenvalue,
    int StabilityFollows,
    IReadOnlyList<ScfAttempt> Path)
{
    /// <summary>The cures used by any attempt (union over <see cref="Path"/>).</summary>
    public ScfCures CuresUsed => Path.Aggregate(ScfCures.None, (acc, a) => acc | a.Cures);

    /// <summary>The attempts as "diis 25 (stalled) → adiis+level-shift+damping 14": name, iterations, outcome.</summary>
    public string DescribePath() => string.Join(" -> ", Path.Select(a =>
        $"{(a.StabilityFollowUp ? "follow-up " : "")}{a.Describe()} {a.Iterations}{(a.Converged ? "" : " (not converged)")}"));

    /// <summary>Number of molecular orbitals m (fewer than n after removing linear dependencies).</summary>
    public int NumOrbitals => OrbitalEnergies.Length;

    /// <summary>One line on the stability analysis: outcome, lowest Hessian eigenvalue and follow-ups.</summary>
    public string DescribeStability() => Stability switch
    {
        ScfStability.Stable => $"stable (lowest RHF->RHF Hessian eigenvalue {LowestHessianEigenvalue.ToString("F6", CultureInfo.InvariantCulture)} Ha" +
            (StabilityFollows > 0 ? $", reached after {StabilityFollows} instability follow-up(s))" : ")"),
        ScfStability.Unstable => $"UNSTABLE (lowest RHF->RHF Hessian eigenvalue {LowestHessianEigenvalue.ToString("F6", CultureInfo.InvariantCulture)} Ha " +
            $"after {StabilityFollows} follow-up(s)): a lower RHF solution exists, energies built on it are not the RHF ground state",
        _ => "not checked",
    };

    /// <summary>A one-line summary with a suggestion when not converged.</summary>
    public string Describe() => Converged
        ? $"RHF converged in {Iterations} iterations: E = {TotalEnergy:F10} Ha, {DescribeStability()}"
        : $"RHF did not converge in {Iterations} iterations (last |dE| = {LastEnergyChange:E2} Ha, DIIS error = {LastDiisError:E2}; path: {DescribePath()}); " +
          "try more iterations (--scf-max-iterations), a larger DIIS subspace, or check geometry, charge and multiplicity";
}
