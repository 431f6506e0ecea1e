
namespace QuantumApps.Optimizers;

/// <summary>
/// Book-keeping wrapper used by every optimizer: counts objective calls honestly (every call counts,
/// including those made inside MathNet line searches), remembers the best point ever evaluated, records
/// the per-iteration trace, enforces the evaluation budget, honours cancellation (no evaluation starts once the token
/// is cancelled; the optimizer unwinds and returns the best point so far with <see cref="ExitReason.Cancelled"/>) and
/// builds the <see cref="OptimizationResult"/>.
/// </summary>
internal sealed class CountingObjective
{
    private readonly IObjective _objective;
    private readonly int _maxEvaluations;
    private readonly IProgress<OptimizationProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly double[] _bestPoint;
    private readonly List<double> _trace = new();

    public CountingObjective(IObjective objective, double[] initialPoint, OptimizerSettings settings,
        bool requiresGradient, string optimizerName, IProgress<OptimizationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(initialPoint);
        ArgumentNullException.ThrowIfNull(settings);
        if (initialPoint.Length != objective.Dimension)
        {
            throw new ArgumentException(
                $"Initial point has {initialPoint.Length} parameters but the objective expects {objective.Dimension}.");
        }

        if (requiresGradient && !objective.HasGradient)
        {
            throw new ArgumentException($"Optimizer '{optimizerName}' needs a gradient but the objective provides none.");
        }

        if (settings.MaxEvaluations < 1 || settings.MaxIterations < 1)
        {
            throw new ArgumentException("MaxEvaluations and MaxIterations must be at least 1.");
        }

        _objective = objective;
        _maxEvaluations = settings.MaxEvaluations;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _bestPoint = (double[])initialPoint.Clone();
        Name = optimizerName;
    }

    public string Name { get; }

    public int Dimension => _objective.Dimension;

    public int Evaluations { get; private set; }

    public int GradientEvaluations { get; private set; }

    public int Iterations { get; private set; }

    public double BestValue { get; private set; } = double.PositiveInfinity;

    /// <summary>1-based index of the evaluation that produced <see cref="BestValue"/> (0 before any).</summary>
    public int BestEvaluation { get; private set; }

    public ReadOnlySpan<double> BestPoint => _bestPoint;

    /// <summary>True when no further evaluation is allowed.</summary>
    public bool BudgetExhausted => Evaluations >= _maxEvaluations;

    /// <summary>
    /// Why <see cref="EvaluationBudgetExhaustedException"/> was thrown: <see cref="ExitReason.Cancelled"/> when the
    /// token was cancelled, <see cref="ExitReason.MaxEvaluations"/> otherwise.
    /// </summary>
    public ExitReason StopReason => _cancellationToken.IsCancellationRequested ? ExitReason.Cancelled : ExitReason.MaxEvaluations;

    public double Value(ReadOnlySpan<double> x)
    {
        if (BudgetExhausted || _cancellationToken.IsCancellationRequested)
        {
            throw new EvaluationBudgetExhaustedException();
        }

        Evaluations++;
        double f = _objective.Value(x);
        Record(x, f);
        return f;
    }

    public double ValueAndGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        if (BudgetExhausted || _cancellationToken.IsCancellationRequested)
        {
            throw new EvaluationBudgetExhaustedException();
        }

        Evaluations++;
        GradientEvaluations++;
        double f = _objective.ValueAndGradient(x, gradient);
        Record(x, f);
        return f;
    }

    /// <summary>Marks the end of one iteration: appends the best value so far to the trace and reports progress.</summary>
    public void EndIteration()
    {
        Iterations++;
        _trace.Add(BestValue);
        _progress?.Report(new OptimizationProgress(Iterations, Evaluations, BestValue));
    }

    public OptimizationResult ToResult(ExitReason reason) =>
        new(Name, Array.AsReadOnly(_bestPoint.ToArray()), BestValue, Array.AsReadOnly(_trace.ToArray()), Evaluations, GradientEvaluations, Iterations, reason);

    private void Record(ReadOnlySpan<double> x, double f)
    {
        // NaN never compares smaller, so a non-finite value can never become the best point.
        if (f < BestValue)
        {
            BestValue = f;
            BestEvaluation = Evaluations;
            x.CopyTo(_bestPoint);
        }
    }
}
