namespace QuantumApps.Cli.Report;

/// <summary>
/// One geometry of the LiH noisy curve in the noise section: the optimised UCCSD circuit (lowered to CNOTs) under
/// <see cref="ChemistrySection.CurveNoise"/>, estimated by seeded quantum trajectories on the circuit folded to λ = 1, 3, 5
/// (<see cref="Simulator.Noise.ZeroNoiseExtrapolation"/>), each with its standard error; the unmitigated error is E(1) − E_FCI,
/// the mitigated one the Richardson extrapolation minus E_FCI with standard error √(Σ γ_i² σ_i²) (γ the Richardson
/// weights), and the linear extrapolation's error.
/// </summary>
/// <param name="BondAngstrom">Li–H distance (Å).</param>
/// <param name="Fci">FCI energy in the active space (Ha).</param>
/// <param name="ScaleFactors">λ_i (1, 3, 5).</param>
/// <param name="Values">E(λ_i), trajectory means (Ha).</param>
/// <param name="StandardErrors">Their standard errors (Ha).</param>
/// <param name="Trajectories">Trajectories per scale factor.</param>
/// <param name="Richardson">Richardson extrapolation to λ = 0 (Ha).</param>
/// <param name="RichardsonStandardError">Its standard error (Ha).</param>
/// <param name="Linear">Linear extrapolation to λ = 0 (Ha).</param>
public sealed record NoiseZnePoint(double BondAngstrom, double Fci, IReadOnlyList<double> ScaleFactors, IReadOnlyList<double> Values, IReadOnlyList<double> StandardErrors,
    int Trajectories, double Richardson, double RichardsonStandardError, double Linear)
{
    /// <summary>Unmitigated error E(1) − E_FCI (Ha).</summary>
    public double Error => Values[0] - Fci;

    /// <summary>Standard error of <see cref="Error"/> (Ha).</summary>
    public double ErrorStandardError => StandardErrors[0];

    /// <summary>Mitigated error: Richardson − E_FCI (Ha).</summary>
    public double ZneError => Richardson - Fci;

    /// <summary>
    /// True when the mitigated energy is shown to be within chemical accuracy: |Richardson − E_FCI| + 2σ ≤ 1.6 mHa (an
    /// estimate whose statistical error alone exceeds the accuracy shows nothing).
    /// </summary>
    public bool ZneWithinAccuracy => Math.Abs(ZneError) + 2 * RichardsonStandardError <= QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree;

    /// <summary>
    /// Trajectories (on hardware: shots) per scale factor the Richardson estimate would need for a standard error of 1.6 mHa,
    /// T·(σ/1.6 mHa)², since σ falls as 1/√T.
    /// </summary>
    public double TrajectoriesForAccuracy => Trajectories * Math.Pow(RichardsonStandardError / QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree, 2);

    /// <summary>Linear extrapolation − E_FCI (Ha).</summary>
    public double ZneLinearError => Linear - Fci;
}
