namespace QuantumApps.Cli.Tests;

/// <summary>Locates data/molecules files from the test output directory.</summary>
internal static class MoleculeData
{
    public static string File(string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "molecules", file);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException(file);
    }
}
