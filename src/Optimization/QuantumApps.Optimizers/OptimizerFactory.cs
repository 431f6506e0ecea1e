
namespace QuantumApps.Optimizers;

/// <summary>Creates optimizers by registry name (case-insensitive): lbfgs, nelder-mead, cobyla, spsa, adam.</summary>
public static class OptimizerFactory
{
    /// <summary>The accepted names, in documentation order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["lbfgs", "nelder-mead", "cobyla", "spsa", "adam"];

    /// <summary>Returns the optimizer called <paramref name="name"/>; throws <see cref="ArgumentException"/> listing valid names otherwise.</summary>
    public static IOptimizer Create(string name) => name?.Trim().ToLowerInvariant() switch
    {
        "lbfgs" or "l-bfgs" => new LbfgsOptimizer(),
        "nelder-mead" or "neldermead" => new NelderMeadOptimizer(),
        "cobyla" => new CobylaOptimizer(),
        "spsa" => new SpsaOptimizer(),
        "adam" => new AdamOptimizer(),
        _ => throw new ArgumentException(
            $"Unknown optimizer '{name}'; valid optimizers: {string.Join(", ", Names)}."),
    };
}
