using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Chemistry.Tests;

/// <summary>Locates repository data files (data/molecules) from the test output directory.</summary>
internal static class TestData
{
    public static string MoleculePath(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "molecules", file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"data/molecules/{file} not found above {AppContext.BaseDirectory}");
    }

    public static Molecule Load(string file, int charge = 0, int multiplicity = 1) =>
        XyzReader.ReadFile(MoleculePath(file), charge, multiplicity);
}
