namespace QuantumApps.Optimizers;

/// <summary>
/// Immutable outcome of a minimisation. <see cref="BestPoint"/> is the best point ever evaluated (not
/// necessarily the last iterate); <see cref="Trace"/> holds the best value seen so far after each
/// iteration (non-increasing). <see cref="Evaluations"/> counts every objective call (value-only and
/// value-and-gradient), <see cref="GradientEvaluations"/> the value-and-gradient calls among them.
/// Equality compares the arrays element-wise.
/// </summary>
public sealed record OptimizationResult(
    string Optimizer,
    IReadOnlyList<double> BestPoint,
    double BestValue,
    IReadOnlyList<double> Trace,
    int Evaluations,
    int GradientEvaluations,
    int Iterations,
    ExitReason ExitReason)
{
    /// <summary>True when <see cref="ExitReason"/> is <see cref="Optimizers.ExitReason.Converged"/>.</summary>
    public bool Converged => ExitReason == ExitReason.Converged;

    /// <inheritdoc />
    public bool Equals(OptimizationResult? other) =>
        other is not null
        && Optimizer == other.Optimizer
        && BestPoint.SequenceEqual(other.BestPoint)
        && BestValue.Equals(other.BestValue)
        && Trace.SequenceEqual(other.Trace)
        && Evaluations == other.Evaluations
        && GradientEvaluations == other.GradientEvaluations
        && Iterations == other.Iterations
        && ExitReason == other.ExitReason;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Optimizer, BestValue, Evaluations, Iterations, ExitReason);
}
