namespace QuantumApps.Optimizers;

/// <summary>
/// Limited-memory BFGS (Nocedal &amp; Wright, Numerical Optimization, 2nd ed., 2006, Algorithm 7.5): direction
/// d = −H_k g from the two-loop recursion over the last <see cref="OptimizerSettings.LbfgsMemory"/> pairs
/// (<see cref="LbfgsMemory"/>), step from a strong-Wolfe line search (<see cref="WolfeLineSearch"/>) that tries
/// α = 1 first. Without stored pairs (the first step, or after a reset) d = −g and the first trial is
/// α = min(1, Δ/|g|) with Δ = <see cref="OptimizerSettings.InitialStep"/>, a step of length min(|g|, Δ).
/// <para>
/// Stopping, tested after every step at the new iterate x with value f and gradient g:
/// <see cref="ExitReason.Converged"/> when the relative gradient max_i |g_i|·max(|x_i|, 1)/max(|f|, 1) is below
/// <see cref="OptimizerSettings.GradientTolerance"/> (MathNet's test, so tolerances mean what they meant when this
/// class wrapped MathNet); <see cref="ExitReason.Stalled"/> when a step that met only sufficient decrease (the line
/// search ran out of trials before the curvature condition) has relative length max_i |Δx_i|/max(|x_i|, 1) below
/// <see cref="OptimizerSettings.FinalStep"/> — a tiny Wolfe step is still progress, as near a minimum reached to
/// 1e-10 whose gradient is just above tolerance — or when from iteration 500 on the relative decrease
/// |Δf|/max(|f|, 1) is below <see cref="OptimizerSettings.ValueTolerance"/> (as MathNet did); the same gradient test
/// at x₀ gives <see cref="ExitReason.StationaryStart"/> after one evaluation. A line search that finds no
/// decrease along an L-BFGS direction is retried once along −g; if that fails too the exit is
/// <see cref="ExitReason.LineSearchFailed"/> (<see cref="ExitReason.NonFiniteValue"/> when a trial was NaN or
/// infinite, or at once when f(x₀) or ∇f(x₀) is).
/// </para>
/// One iteration is one step: its line search and, if that found no decrease, the retry along −g (every trial is one
/// counted value-and-gradient call); a search cut short by
/// the evaluation budget still closes an iteration, so the trace ends at the best value. The returned point is the
/// best ever evaluated.
/// <para>
/// This replaces MathNet.Numerics' <c>LimitedMemoryBfgsMinimizer</c>, whose first line-search trial is
/// 100·tol/|g|² along −g and then doubles: with tol = 1e-8 on the 20-qubit p = 3 QAOA benchmark that cost 20 of
/// 39 evaluations before the first useful step (docs/benchmarks.md), and MathNet offers no setting for it.
/// </para>
/// </summary>
public sealed class LbfgsOptimizer : IOptimizer
{
    /// <summary>Iteration from which the value-progress test applies (MathNet's rule; earlier it would cut superlinear convergence short).</summary>
    private const int ValueProgressFromIteration = 500;

    /// <inheritdoc />
    public string Name => "lbfgs";

    /// <inheritdoc />
    public bool RequiresGradient => true;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress, cancellationToken);
        int n = counter.Dimension;
        var x = (double[])initialPoint.Clone();
        var g = new double[n];
        var d = new double[n];
        var xOld = new double[n];
        var gOld = new double[n];
        var memory = new LbfgsMemory(n, settings.LbfgsMemory);
        var search = new WolfeLineSearch(counter);
        int closedAt = 0;
        ExitReason reason;
        try
        {
            double f = counter.ValueAndGradient(x, g);
            reason = !double.IsFinite(f) || !AllFinite(g) ? ExitReason.NonFiniteValue
                : RelativeGradient(f, x, g) < settings.GradientTolerance ? ExitReason.StationaryStart
                : ExitReason.MaxIterations;
            for (int k = 1; reason == ExitReason.MaxIterations && k <= settings.MaxIterations; k++)
            {
                x.CopyTo(xOld, 0);
                g.CopyTo(gOld, 0);
                double fOld = f;
                var outcome = Step(search, memory, x, ref f, g, d, settings.InitialStep);
                if ((outcome is LineSearchOutcome.NoDecrease or LineSearchOutcome.NonFinite) && !memory.IsEmpty)
                {
                    memory.Clear();
                    outcome = Step(search, memory, x, ref f, g, d, settings.InitialStep);
                }

                counter.EndIteration();
                closedAt = counter.Evaluations;
                if (outcome is LineSearchOutcome.NoDecrease or LineSearchOutcome.NonFinite)
                {
                    reason = outcome == LineSearchOutcome.NonFinite ? ExitReason.NonFiniteValue : ExitReason.LineSearchFailed;
                    break;
                }

                memory.Push(xOld, x, gOld, g);
                if (RelativeGradient(f, x, g) < settings.GradientTolerance)
                {
                    reason = ExitReason.Converged;
                }
                else if ((outcome != LineSearchOutcome.Wolfe && RelativeStep(xOld, x) < settings.FinalStep)
                    || (k >= ValueProgressFromIteration && Math.Abs(fOld - f) / Math.Max(Math.Abs(f), 1.0) < settings.ValueTolerance))
                {
                    reason = ExitReason.Stalled;
                }
            }
        }
        catch (EvaluationBudgetExhaustedException)
        {
            reason = counter.StopReason;
        }

        if (counter.Evaluations > closedAt)
        {
            counter.EndIteration();
        }

        return counter.ToResult(reason);
    }

    /// <summary>One L-BFGS step: direction from the memory (−g when empty or not a descent direction), then the line search.</summary>
    private static LineSearchOutcome Step(WolfeLineSearch search, LbfgsMemory memory, double[] x, ref double f, double[] g,
        double[] d, double initialStep)
    {
        memory.Direction(g, d);
        if (!(WolfeLineSearch.Dot(g, d) < 0))
        {
            memory.Clear();
            memory.Direction(g, d);
        }

        double alpha = memory.IsEmpty ? Math.Min(1.0, initialStep / Math.Sqrt(WolfeLineSearch.Dot(d, d))) : 1.0;
        return search.Search(x, ref f, g, d, alpha).Outcome;
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Relative gradient max_i |g_i|·max(|x_i|, 1)/max(|f|, 1).</summary>
    private static double RelativeGradient(double f, ReadOnlySpan<double> x, ReadOnlySpan<double> g)
    {
        double normalizer = Math.Max(Math.Abs(f), 1.0);
        double worst = 0;
        for (int i = 0; i < g.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(g[i]) * Math.Max(Math.Abs(x[i]), 1.0) / normalizer);
        }

        return worst;
    }

    /// <summary>Relative step max_i |x_i − x_i^old|/max(|x_i|, 1).</summary>
    private static double RelativeStep(ReadOnlySpan<double> xOld, ReadOnlySpan<double> x)
    {
        double worst = 0;
        for (int i = 0; i < x.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(x[i] - xOld[i]) / Math.Max(Math.Abs(x[i]), 1.0));
        }

        return worst;
    }
}
