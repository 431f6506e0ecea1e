using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// Finds basis sets by name or path. Names are case-insensitive; "*" is spelled "s" in file names and
/// "(d)" is accepted for "*": "STO-3G", "6-31G", "6-31G*" = "6-31G(d)" = "6-31gs". Bundled files live in
/// <c>data/basis/NAME.gbs</c>, searched next to the executable (<see cref="AppContext.BaseDirectory"/>) and then
/// in every parent directory (so tests and `dotnet run` find the repository copy).
/// </summary>
public static class BasisSetLibrary
{
    /// <summary>Names of the bundled basis sets.</summary>
    public static IReadOnlyList<string> BundledNames { get; } = ["sto-3g", "6-31g", "6-31gs"];

    /// <summary>Loads a basis set from a file path (when it exists) or a bundled name.</summary>
    public static BasisSetDefinition Load(string nameOrPath)
    {
        if (File.Exists(nameOrPath))
        {
            return Gaussian94BasisParser.Parse(File.ReadAllText(nameOrPath), nameOrPath, nameOrPath);
        }

        var fileName = NormaliseName(nameOrPath) + ".gbs";
        var dir = FindDataDirectory()
            ?? throw new QuantumAppsException(
                $"basis '{nameOrPath}': data/basis directory not found near {AppContext.BaseDirectory}");
        var path = Path.Combine(dir, fileName);
        if (!File.Exists(path))
        {
            throw new QuantumAppsException(
                $"basis '{nameOrPath}': neither a file nor a bundled basis (bundled: {string.Join(", ", BundledNames)})");
        }

        return Gaussian94BasisParser.Parse(File.ReadAllText(path), NormaliseName(nameOrPath), path);
    }

    /// <summary>Lower-cases a basis name and spells polarisation stars as file names do ("6-31G*" → "6-31gs").</summary>
    public static string NormaliseName(string name) =>
        name.Trim().ToLowerInvariant().Replace("(d)", "*").Replace("(d,p)", "**").Replace('*', 's');

    private static string? FindDataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "basis");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.gbs").Any())
            {
                return candidate;
            }
        }

        return null;
    }
}
