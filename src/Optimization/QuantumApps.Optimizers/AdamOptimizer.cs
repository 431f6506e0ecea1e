namespace QuantumApps.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba, ICLR 2015, arXiv:1412.6980) with their defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8 and
/// step size α = <see cref="OptimizerSettings.LearningRate"/> (default 0.001):
/// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², x ← x − α m̂/(√v̂ + ε) with bias-corrected m̂ = m/(1−β₁^t),
/// v̂ = v/(1−β₂^t). One value-and-gradient call per iteration; stops with <see cref="ExitReason.Converged"/>
/// when |∇f| &lt; <see cref="OptimizerSettings.GradientTolerance"/> (Euclidean norm), or
/// <see cref="ExitReason.StationaryStart"/> if that already holds at x₀.
/// </summary>
public sealed class AdamOptimizer : IOptimizer
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const double Epsilon = 1e-8;
    private const double DefaultStepSize = 0.001;

    /// <inheritdoc />
    public string Name => "adam";

    /// <inheritdoc />
    public bool RequiresGradient => true;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress, cancellationToken);
        int n = counter.Dimension;
        double alpha = settings.LearningRate ?? DefaultStepSize;
        var x = (double[])initialPoint.Clone();
        var g = new double[n];
        var m = new double[n];
        var v = new double[n];
        double beta1Power = 1, beta2Power = 1;
        try
        {
            for (int t = 1; t <= settings.MaxIterations; t++)
            {
                double f = counter.ValueAndGradient(x, g);
                double norm = 0;
                for (int i = 0; i < n; i++)
                {
                    norm += g[i] * g[i];
                }

                norm = Math.Sqrt(norm);
                if (!double.IsFinite(f) || !double.IsFinite(norm))
                {
                    return counter.ToResult(ExitReason.NonFiniteValue);
                }

                if (norm < settings.GradientTolerance)
                {
                    return counter.ToResult(t == 1 ? ExitReason.StationaryStart : ExitReason.Converged);
                }

                beta1Power *= Beta1;
                beta2Power *= Beta2;
                for (int i = 0; i < n; i++)
                {
                    m[i] = Beta1 * m[i] + (1 - Beta1) * g[i];
                    v[i] = Beta2 * v[i] + (1 - Beta2) * g[i] * g[i];
                    double mHat = m[i] / (1 - beta1Power);
                    double vHat = v[i] / (1 - beta2Power);
                    x[i] -= alpha * mHat / (Math.Sqrt(vHat) + Epsilon);
                }

                counter.EndIteration();
            }

            return counter.ToResult(ExitReason.MaxIterations);
        }
        catch (EvaluationBudgetExhaustedException)
        {
            return counter.ToResult(counter.StopReason);
        }
    }
}
