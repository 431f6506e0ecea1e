namespace QuantumApps.Optimizers;

/// <summary>
/// Creates optimizers by <see cref="OptimizerKind"/> or by name (case-insensitive): lbfgs (alias l-bfgs), nelder-mead
/// (alias neldermead), cobyla, spsa, adam. The one name table of the optimizers.
/// </summary>
public static class OptimizerFactory
{
    private static readonly (OptimizerKind Kind, string Name, string[] Aliases)[] Table =
    [
        (OptimizerKind.Lbfgs, "lbfgs", ["l-bfgs"]),
        (OptimizerKind.NelderMead, "nelder-mead", ["neldermead"]),
        (OptimizerKind.Cobyla, "cobyla", []),
        (OptimizerKind.Spsa, "spsa", []),
        (OptimizerKind.Adam, "adam", []),
    ];

    /// <summary>The accepted names, in documentation order.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The name of <paramref name="kind"/> (e.g. "nelder-mead").</summary>
    public static string Name(OptimizerKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>Parses a name or alias (case-insensitive, trimmed); false when unknown.</summary>
    public static bool TryParse(string? name, out OptimizerKind kind)
    {
        string key = name?.Trim().ToLowerInvariant() ?? "";
        foreach (var t in Table)
        {
            if (t.Name == key || t.Aliases.Contains(key))
            {
                kind = t.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Parses a name; throws <see cref="ArgumentException"/> listing the valid names when unknown.</summary>
    public static OptimizerKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new ArgumentException($"Unknown optimizer '{name}'; valid optimizers: {string.Join(", ", Names)}.");

    /// <summary>Returns the optimizer called <paramref name="name"/>; throws <see cref="ArgumentException"/> listing valid names otherwise.</summary>
    public static IOptimizer Create(string name) => Create(Parse(name));

    /// <summary>Returns a new optimizer of kind <paramref name="kind"/>.</summary>
    public static IOptimizer Create(OptimizerKind kind) => kind switch
    {
        OptimizerKind.Lbfgs => new LbfgsOptimizer(),
        OptimizerKind.NelderMead => new NelderMeadOptimizer(),
        OptimizerKind.Cobyla => new CobylaOptimizer(),
        OptimizerKind.Spsa => new SpsaOptimizer(),
        OptimizerKind.Adam => new AdamOptimizer(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown optimizer kind"),
    };
}
