using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Parses <c>--methods a,b,c</c> against a runner's method table. Each method runs with its own
/// <see cref="Random"/>(seed) so its result does not depend on which other methods ran.
/// </summary>
public static class MethodList
{
    /// <summary>
    /// The requested method names in order (duplicates removed), validated against <paramref name="known"/>;
    /// an unknown name or an empty entry ("hf,,fci") is refused, never skipped.
    /// </summary>
    public static IReadOnlyList<string> Parse(string? methods, IEnumerable<string> known, string command)
    {
        var names = known.ToArray();
        if (string.IsNullOrWhiteSpace(methods)) return names;
        var list = new List<string>();
        foreach (var raw in methods.Split(',', StringSplitOptions.TrimEntries))
        {
            if (raw.Length == 0) throw new QuantumAppsException($"{command}: --methods '{methods}' has an empty entry");
            string m = raw.ToLowerInvariant();
            if (!names.Contains(m)) throw new QuantumAppsException($"{command}: unknown method '{raw}' (available: {string.Join(", ", names)})");
            if (!list.Contains(m)) list.Add(m);
        }
        if (list.Count == 0) throw new QuantumAppsException($"{command}: --methods is empty");
        return list;
    }
}
