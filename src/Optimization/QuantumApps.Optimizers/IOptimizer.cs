namespace QuantumApps.Optimizers;

/// <summary>
/// A local minimiser of an <see cref="IObjective"/>. Implementations are stateless; all randomness comes
/// from the injected <see cref="Random"/>, so the same seed gives the same result.
/// </summary>
public interface IOptimizer
{
    /// <summary>Registry name (lbfgs, nelder-mead, cobyla, spsa, adam).</summary>
    string Name { get; }

    /// <summary>True when the method needs <see cref="IObjective.HasGradient"/>.</summary>
    bool RequiresGradient { get; }

    /// <summary>Minimises <paramref name="objective"/> from <paramref name="initialPoint"/> (not modified).</summary>
    OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        Action<OptimizationProgress>? progress = null);
}
