using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace QuantumApps.Optimizers;

/// <summary>
/// Derivative-free Nelder–Mead simplex, delegated to MathNet.Numerics 5.0.0 (<see cref="NelderMeadSimplex"/>).
/// The initial simplex is x0 and x0 + h e_i with h = <see cref="OptimizerSettings.InitialStep"/>; it stops
/// when the relative value spread 2|f_hi−f_lo|/(|f_hi|+|f_lo|+1e-10) &lt; <see cref="OptimizerSettings.ValueTolerance"/>
/// on two consecutive checks. MathNet's own limit counts evaluations, so it is fed
/// <see cref="OptimizerSettings.MaxEvaluations"/>. MathNet exposes no per-iteration hook, so one trace entry
/// (and one "iteration") is recorded per objective call.
/// </summary>
public sealed class NelderMeadOptimizer : IOptimizer
{
    /// <inheritdoc />
    public string Name => "nelder-mead";

    /// <inheritdoc />
    public bool RequiresGradient => false;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress, cancellationToken);
        var mathNetObjective = ObjectiveFunction.Value(x =>
        {
            double f = counter.Value(x.AsArray() ?? x.ToArray());
            counter.EndIteration();
            return f;
        });
        var start = Vector<double>.Build.DenseOfArray((double[])initialPoint.Clone());
        var perturbation = Vector<double>.Build.Dense(counter.Dimension, settings.InitialStep);

        ExitReason reason;
        try
        {
            NelderMeadSimplex.Minimum(mathNetObjective, start, perturbation, settings.ValueTolerance, settings.MaxEvaluations);
            reason = ExitReason.Converged;
        }
        catch (EvaluationBudgetExhaustedException)
        {
            reason = counter.StopReason;
        }
        catch (MaximumIterationsException)
        {
            reason = ExitReason.MaxEvaluations;
        }

        return counter.ToResult(reason);
    }
}
