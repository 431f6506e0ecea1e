using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Molecules;

/// <summary>
/// Single-bond covalent radii in ångström for H–Ar (Cordero et al., Dalton Trans. 2008, 2832, Table 2; C sp3),
/// used only by the simple bonding rule of <see cref="BondStretcher"/>.
/// </summary>
public static class CovalentRadii
{
    private static readonly double[] Radii =
    [
        0.31, 0.28,
        1.28, 0.96, 0.84, 0.76, 0.71, 0.66, 0.57, 0.58,
        1.66, 1.41, 1.21, 1.11, 1.07, 1.05, 1.02, 1.06,
    ];

    /// <summary>Radius of element Z (1..18) in ångström.</summary>
    public static double Angstrom(int atomicNumber) =>
        atomicNumber >= 1 && atomicNumber <= Radii.Length ? Radii[atomicNumber - 1]
            : throw new QuantumAppsException($"no covalent radius for atomic number {atomicNumber} (H–Ar supported)");
}
