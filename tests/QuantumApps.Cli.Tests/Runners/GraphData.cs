namespace QuantumApps.Cli.Tests.Runners;

/// <summary>Locates data/graphs from the test output directory.</summary>
internal static class GraphData
{
    public static string File(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "data", "graphs"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("data/graphs not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "data", "graphs", name);
    }
}
