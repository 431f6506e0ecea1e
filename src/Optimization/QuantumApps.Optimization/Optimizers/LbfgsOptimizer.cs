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

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        Action<OptimizationProgress>? progress = null)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress);
        var gradient = new double[counter.Dimension];
        var gradientAtBest = new double[counter.Dimension];
        Func<Vector<double>, (double, Vector<double>)> evaluate = x =>
        {
            double f = counter.ValueAndGradient(x.AsArray() ?? x.ToArray(), gradient);
            if (counter.BestEvaluation == counter.Evaluations)
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
            var result = minimizer.FindMinimum(mathNetObjective, Vector<double>.Build.DenseOfArray((double[])initialPoint.Clone()));
            // MathNet reports the same exit condition for a small gradient and for lack of progress, so the
            // gradient test is repeated here at the best point to tell convergence from stalling.
            bool gradientSmall = RelativeGradient(counter, gradientAtBest) < settings.GradientTolerance;
            reason = !gradientSmall ? ExitReason.Stalled
                : result.Iterations == 0 ? ExitReason.StationaryStart
                : ExitReason.Converged;
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

    /// <summary>MathNet's relative gradient max_i |g_i|·max(|x_i|, 1)/max(|f|, 1).</summary>
    private static double RelativeGradient(CountingObjective counter, double[] gradient)
    {
        double normalizer = Math.Max(Math.Abs(counter.BestValue), 1.0);
        double worst = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(gradient[i]) * Math.Max(Math.Abs(counter.BestPoint[i]), 1.0) / normalizer);
        }

        return worst;
    }
}
