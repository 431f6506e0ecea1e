namespace QuantumApps.Optimizers;

/// <summary>
/// Transition bridge for callers that still hand an <see cref="Action{T}"/> to <see cref="IOptimizer.Minimize"/>
/// (the QAOA driver, owned by another branch): wraps it in a synchronous <see cref="IProgress{T}"/>. Remove once every
/// caller passes an <see cref="IProgress{T}"/>.
/// </summary>
public static class ProgressActionBridge
{
    /// <summary>Calls <see cref="IOptimizer.Minimize"/> with <paramref name="progress"/> reported synchronously.</summary>
    public static OptimizationResult Minimize(this IOptimizer optimizer, IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        Action<OptimizationProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        return optimizer.Minimize(objective, initialPoint, settings, rng, progress is null ? null : new SynchronousProgress<OptimizationProgress>(progress));
    }
}
