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

    /// <summary>
    /// Minimises <paramref name="objective"/> from <paramref name="initialPoint"/> (not modified). After every iteration
    /// <paramref name="progress"/> receives the iteration, evaluations and best value so far (synchronously, on the
    /// calling thread). Once <paramref name="cancellationToken"/> is cancelled no further objective evaluation starts
    /// and the best point so far is returned with <see cref="ExitReason.Cancelled"/> (no exception).
    /// </summary>
    OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default);
}
