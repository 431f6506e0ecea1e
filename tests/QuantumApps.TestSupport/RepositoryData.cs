namespace QuantumApps.TestSupport;

/// <summary>Locates files under the repository's <c>data/</c> folder from a test's output directory.</summary>
public static class RepositoryData
{
    /// <summary>The path of <c>data/parts…</c> in the nearest ancestor of the test output directory that has a <c>data/</c> folder.</summary>
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "data", "graphs"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("data/graphs not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine([dir.FullName, "data", .. parts]);
    }

    /// <summary><c>data/graphs/file</c>.</summary>
    public static string Graph(string file) => Path("graphs", file);

    /// <summary><c>data/molecules/file</c>.</summary>
    public static string Molecule(string file) => Path("molecules", file);
}
