namespace QuantumApps.Chemistry.Fermions;

/// <summary>
/// The interleaved spin-orbital numbering used throughout QuantumApps: spin orbital 2p is spatial orbital p
/// with spin alpha, 2p+1 is spatial orbital p with spin beta (spin 0 = alpha, 1 = beta).
/// </summary>
public static class SpinOrbital
{
    /// <summary>Spin orbital index 2p + spin (spin 0 = alpha, 1 = beta).</summary>
    public static int Index(int spatialOrbital, int spin) => 2 * spatialOrbital + spin;

    /// <summary>Alpha spin orbital 2p.</summary>
    public static int Alpha(int spatialOrbital) => 2 * spatialOrbital;

    /// <summary>Beta spin orbital 2p + 1.</summary>
    public static int Beta(int spatialOrbital) => 2 * spatialOrbital + 1;

    /// <summary>Spatial orbital of a spin orbital: k / 2.</summary>
    public static int Spatial(int spinOrbital) => spinOrbital >> 1;

    /// <summary>Spin of a spin orbital: 0 alpha, 1 beta.</summary>
    public static int Spin(int spinOrbital) => spinOrbital & 1;

    /// <summary>
    /// Occupation bit mask (bit k = spin orbital k) of the closed/open-shell Hartree–Fock determinant that fills
    /// the lowest nAlpha alpha and nBeta beta spatial orbitals; under Jordan–Wigner this is the HF basis index.
    /// </summary>
    public static ulong HartreeFockOccupation(int numAlpha, int numBeta)
    {
        ulong occ = 0;
        for (int p = 0; p < numAlpha; p++)
        {
            occ |= 1UL << Alpha(p);
        }
        for (int p = 0; p < numBeta; p++)
        {
            occ |= 1UL << Beta(p);
        }
        return occ;
    }
}
