using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace QuantumApps.Optimization.Optimizers;

/// <summary>
/// Limited-memory BFGS with a weak-Wolfe line search, delegated to MathNet.Numerics 5.0.0
/// (<see cref="LimitedMemoryBfgsMinimizer"/>). Uses <see cref="OptimizerSettings.GradientTolerance"/>
/// (MathNet's relative gradient test), <see cref="OptimizerSettings.FinalStep"/> (parameter tolerance),
/// <see cref="OptimizerSettings.ValueTolerance"/>, <see cref="OptimizerSettings.LbfgsMemory"/>,
/// <see cref="OptimizerSettings.MaxIterations"/> and <see cref="OptimizerSettings.MaxEvaluations"/>.
/// MathNet signals line-search failure, non-descent directions, non-finite values and the iteration limit
/// by exceptions; they are mapped to an <see cref="ExitReason"/> and the best point ever evaluated is
/// returned. A gradient already below tolerance at the start yields <see cref="ExitReason.StationaryStart"/>; MathNet's
/// "lack of progress" stop without a small gradient yields <see cref="ExitReason.Stalled"/>.
/// Iterations are counted as MathNet outer iterations are not observable: one "iteration" in the trace is
/// one value-and-gradient call (line-search trials included).
/// </summary>
public sealed class LbfgsOptimizer : IOptimizer
{
    /// <inheritdoc />
    public string Name => "lbfgs";

    /// <inheritdoc />
    public bool RequiresGradient => true;

    /// <summary>Armijo sufficient-decrease constant of the warm-up step (the usual 1e-4).</summary>
    private const double ArmijoConstant = 1e-4;

    /// <summary>Halvings allowed in the warm-up backtracking (2^-30 of the initial length).</summary>
    private const int MaxWarmUpHalvings = 30;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        Action<OptimizationProgress>? progress = null)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress);
        int n = counter.Dimension;
        var gradient = new double[n];
        var gradientAtBest = new double[n];
        Func<Vector<double>, (double, Vector<double>)> evaluate = x =>
        {
            double f = counter.ValueAndGradient(x.AsArray() ?? x.ToArray(), gradient);
            if (f <= counter.BestValue)
            {
                gradient.CopyTo(gradientAtBest, 0);
            }

            counter.EndIteration();
            return (f, Vector<double>.Build.DenseOfArray((double[])gradient.Clone()));
        };
        var mathNetObjective = ObjectiveFunction.Gradient(evaluate);
        var minimizer = new LimitedMemoryBfgsMinimizer(
            settings.GradientTolerance, settings.FinalStep, settings.ValueTolerance, settings.LbfgsMemory, settings.MaxIterations);

        ExitReason reason;
        try
        {
            var start = (double[])initialPoint.Clone();
            double f0 = evaluate(Vector<double>.Build.DenseOfArray(start)).Item1;
            if (!double.IsFinite(f0) || gradient.Any(g => !double.IsFinite(g)))
            {
                return counter.ToResult(ExitReason.NonFiniteValue);
            }

            if (RelativeGradient(f0, start, gradient) < settings.GradientTolerance)
            {
                return counter.ToResult(ExitReason.StationaryStart);
            }

            double[] warm = WarmUpStep(counter, start, f0, gradient, settings.InitialStep);
            minimizer.FindMinimum(mathNetObjective, Vector<double>.Build.DenseOfArray(warm));
            // MathNet reports the same exit condition for a small gradient and for lack of progress, so the
            // gradient test is repeated here at the best point to tell convergence from stalling.
            reason = RelativeGradient(counter.BestValue, counter.BestPoint, gradientAtBest) < settings.GradientTolerance
                ? ExitReason.Converged
                : ExitReason.Stalled;
        }
        catch (EvaluationBudgetExhaustedException)
        {
            reason = ExitReason.MaxEvaluations;
        }
        catch (MaximumIterationsException)
        {
            reason = ExitReason.MaxIterations;
        }
        catch (EvaluationException)
        {
            reason = ExitReason.NonFiniteValue;
        }
        catch (OptimizationException)
        {
            // InnerOptimizationException: "Line search failed." or "Direction is not a descent direction."
            reason = ExitReason.LineSearchFailed;
        }

        return counter.ToResult(reason);
    }

    /// <summary>
    /// One steepest-descent step x₀ − t g with t = initialStep/|g| halved until Armijo's condition
    /// f ≤ f₀ − 1e-4·t·|g|² holds (value-only evaluations). Falls back to x₀ if no step qualifies.
    /// </summary>
    private static double[] WarmUpStep(CountingObjective counter, double[] x0, double f0, double[] g, double initialStep)
    {
        double normSquared = 0;
        foreach (double gi in g)
        {
            normSquared += gi * gi;
        }

        double t = initialStep / Math.Sqrt(normSquared);
        var trial = new double[x0.Length];
        for (int halving = 0; halving < MaxWarmUpHalvings; halving++, t *= 0.5)
        {
            for (int i = 0; i < x0.Length; i++)
            {
                trial[i] = x0[i] - t * g[i];
            }

            if (counter.Value(trial) <= f0 - ArmijoConstant * t * normSquared)
            {
                return trial;
            }
        }

        return x0;
    }

    /// <summary>MathNet's relative gradient max_i |g_i|·max(|x_i|, 1)/max(|f|, 1).</summary>
    private static double RelativeGradient(double f, ReadOnlySpan<double> x, double[] gradient)
    {
        double normalizer = Math.Max(Math.Abs(f), 1.0);
        double worst = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(gradient[i]) * Math.Max(Math.Abs(x[i]), 1.0) / normalizer);
        }

        return worst;
    }
}
