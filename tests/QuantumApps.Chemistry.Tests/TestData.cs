using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests;

/// <summary>Loads the repository's data/molecules files.</summary>
internal static class TestData
{
    public static string MoleculePath(string file) => RepositoryData.Molecule(file);

    public static Molecule Load(string file, int charge = 0, int multiplicity = 1) =>
        XyzReader.ReadFile(MoleculePath(file), charge, multiplicity);
}
