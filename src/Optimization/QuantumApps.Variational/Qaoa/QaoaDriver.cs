using System.Diagnostics;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// QAOA driver: optimises the 2p angles of a <see cref="QaoaCircuit"/> built from a cost diagonal with any
/// <see cref="IOptimizer"/> (gradients by the adjoint method) and returns an immutable <see cref="QaoaResult"/>.
/// Conventions: U_C(γ) = exp(−iγC) with C as given, U_B(β) = exp(−iβ Σ_j X_j) (or the XY mixer), start
/// |+⟩^n (or the given feasible state); ⟨C⟩ is maximised or minimised as <see cref="QaoaOptions.Sense"/> says.
/// The driver never sees a graph and never searches the 2^n bitstrings for the answer. Depth and memory are checked
/// up front (<see cref="QaoaResources.EnsureFeasible"/>); the token is checked at every objective evaluation.
/// </summary>
public static class QaoaDriver
{
    /// <summary>
    /// Runs the optimisation. All randomness (restarts, stochastic optimizers) comes from <paramref name="rng"/>.
    /// <paramref name="progress"/> hears about every objective evaluation; cancelling <paramref name="cancellationToken"/>
    /// stops at the next evaluation with <see cref="OperationCanceledException"/> (no partial result: the angles of an
    /// interrupted optimisation are not an answer).
    /// </summary>
    public static QaoaResult Run(QaoaOptions options, Random rng, IProgress<QaoaProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rng);
        int p = options.Depth;
        int length = options.CostDiagonal.Length;
        QaoaResources.EnsureFeasible(length >= 2 && System.Numerics.BitOperations.IsPow2(length) ? System.Numerics.BitOperations.Log2((uint)length) : 1, p);

        if (options.RandomRestarts < 0)
        {
            throw new QuantumAppsException($"QAOA random restarts must be non-negative, got {options.RandomRestarts}.");
        }

        if (options.InitialAngles is { } given && given.Count != 2 * p)
        {
            throw new QuantumAppsException($"QAOA initial angles need 2p = {2 * p} values (γ then β), got {given.Count}.");
        }

        var clock = Stopwatch.StartNew();
        var circuit = new QaoaCircuit(options.CostDiagonal, options.Mixer, options.InitialState);
        var tally = new Tally { Counter = new QaoaObjective.Counter(), Progress = progress, Token = cancellationToken };
        OptimizationResult best;
        if (options.InitialAngles is { } start)
        {
            best = Optimize(circuit, p, start.ToArray(), options, rng, tally);
        }
        else if (options.AngleStrategy == QaoaAngleStrategy.Interp)
        {
            best = Optimize(circuit, 1, LinearRamp(1, options.RampTimeStep, options.Sense), options, rng, tally);
            for (int q = 1; q < p; q++)
            {
                best = Optimize(circuit, q + 1, Interp(best.BestPoint, q), options, rng, tally);
            }
        }
        else
        {
            best = Optimize(circuit, p, LinearRamp(p, options.RampTimeStep, options.Sense), options, rng, tally);
        }

        double gammaSign = options.Sense == QaoaSense.Maximize ? 1.0 : -1.0;
        for (int r = 0; r < options.RandomRestarts; r++)
        {
            var x = new double[2 * p];
            for (int k = 0; k < p; k++)
            {
                x[k] = gammaSign * Math.PI * rng.NextDouble();
                x[p + k] = Math.PI / 2 * rng.NextDouble();
            }

            var candidate = Optimize(circuit, p, x, options, rng, tally);
            if (candidate.BestValue < best.BestValue)
            {
                best = candidate;
            }
        }

        var gammas = best.BestPoint.Take(p).ToArray();
        var betas = best.BestPoint.Skip(p).ToArray();
        double[] probabilities = circuit.Probabilities(gammas, betas);
        double expectation = 0;
        ReadOnlySpan<double> cost = circuit.CostDiagonal;
        for (int b = 0; b < probabilities.Length; b++)
        {
            expectation += probabilities[b] * cost[b];
        }

        return new QaoaResult(p, Array.AsReadOnly(gammas), Array.AsReadOnly(betas), expectation, options.Sense, tally.Evaluations, tally.GradientEvaluations,
            tally.Starts, best.ExitReason, clock.Elapsed.TotalSeconds, Array.AsReadOnly(probabilities));
    }

    /// <summary>Linear-ramp start (γ then β); see <see cref="QaoaAngleStrategy.LinearRamp"/>.</summary>
    public static double[] LinearRamp(int depth, double timeStep, QaoaSense sense)
    {
        double sign = sense == QaoaSense.Maximize ? 1.0 : -1.0;
        var x = new double[2 * depth];
        for (int k = 0; k < depth; k++)
        {
            double f = (k + 0.5) / depth;
            x[k] = sign * f * timeStep;
            x[depth + k] = (1 - f) * timeStep;
        }

        return x;
    }

    /// <summary>INTERP start for depth q+1 from optimal depth-q angles (γ then β); see <see cref="QaoaAngleStrategy.Interp"/>.</summary>
    public static double[] Interp(IReadOnlyList<double> optimum, int q)
    {
        if (optimum.Count != 2 * q)
        {
            throw new ArgumentException($"INTERP needs 2q = {2 * q} angles, got {optimum.Count}.", nameof(optimum));
        }

        var x = new double[2 * (q + 1)];
        for (int half = 0; half < 2; half++)
        {
            for (int i = 1; i <= q + 1; i++)
            {
                double previous = i - 1 >= 1 ? optimum[half * q + i - 2] : 0.0;
                double current = i <= q ? optimum[half * q + i - 1] : 0.0;
                x[half * (q + 1) + i - 1] = (double)(i - 1) / q * previous + (double)(q - i + 1) / q * current;
            }
        }

        return x;
    }

    private static OptimizationResult Optimize(QaoaCircuit circuit, int depth, double[] start, QaoaOptions options,
        Random rng, Tally tally)
    {
        var objective = new QaoaObjective(circuit, depth, options.Sense, tally.Counter, tally.Progress, tally.Token);
        var result = options.Optimizer.Minimize(objective, start, options.OptimizerSettings, rng, null);
        tally.Evaluations += result.Evaluations;
        tally.GradientEvaluations += result.GradientEvaluations;
        tally.Starts++;
        return result;
    }

    private sealed class Tally
    {
        public int Evaluations { get; set; }

        public int GradientEvaluations { get; set; }

        public int Starts { get; set; }

        public required QaoaObjective.Counter Counter { get; init; }

        public IProgress<QaoaProgress>? Progress { get; init; }

        public CancellationToken Token { get; init; }
    }
}
