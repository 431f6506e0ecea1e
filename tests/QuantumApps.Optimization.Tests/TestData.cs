namespace QuantumApps.Optimization.Tests;

/// <summary>Locates files under the repository's data/ folder from the test output directory.</summary>
internal static class TestData
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(System.IO.Path.Combine(dir.FullName, "data", "graphs"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("data/graphs not found above " + AppContext.BaseDirectory);
        return System.IO.Path.Combine([dir.FullName, "data", .. parts]);
    }

    public static string Graphs(string file) => Path("graphs", file);
}
