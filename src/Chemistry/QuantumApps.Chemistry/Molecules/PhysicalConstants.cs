namespace QuantumApps.Chemistry.Molecules;

/// <summary>
/// Physical constants used for unit conversion. 1 bohr = 0.52917721092 Å (CODATA 2010), the value OpenFermion
/// uses; it reproduces E_nuc(H2, 0.7414 Å) = 0.713753990544915 Ha.
/// </summary>
public static class PhysicalConstants
{
    /// <summary>Length of one bohr in ångström (CODATA 2010).</summary>
    public const double AngstromPerBohr = 0.52917721092;

    /// <summary>Converts a length in ångström to bohr.</summary>
    public static double AngstromToBohr(double angstrom) => angstrom / AngstromPerBohr;
}
