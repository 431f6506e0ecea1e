namespace QuantumApps.Chemistry.Molecules;

/// <summary>
/// Physical constants used for unit conversion. 1 bohr = 0.52917721092 Å (CODATA 2010), the value OpenFermion
/// uses; it reproduces E_nuc(H2, 0.7414 Å) = 0.713753990544915 Ha.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Length of one bohr in ångström (CODATA 2010).</summary>
    public const double AngstromPerBohr = 0.52917721092;

    /// <summary>
    /// Chemical accuracy, 1.6 mHa (1.6e-3 hartree ≈ 1.0 kcal/mol, since 1 Ha = 627.5095 kcal/mol): the error
    /// thermochemistry tolerates (J. A. Pople, Rev. Mod. Phys. 71, 1267 (1999)) and the target quantum-chemistry
    /// benchmarks of VQE quote (e.g. Kandala et al., Nature 549, 242 (2017)). A target for VQE energies and shot
    /// budgets, not a tolerance for exact methods.
    /// </summary>
    public const double ChemicalAccuracyHartree = 1.6e-3;

    /// <summary>Converts a length in ångström to bohr.</summary>
    public static double AngstromToBohr(double angstrom) => angstrom / AngstromPerBohr;
}
