using System.Diagnostics;
using QuantumApps.Optimizers;
using QuantumApps.Simulator;
using QuantumApps.Simulator.States;

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
        ArgumentNullException.ThrowIfNull(options.CostDiagonal);
        int p = options.Depth;
        QaoaResources.EnsureFeasible(options.CostDiagonal.NumQubits, p, QaoaResources.ModeOf(options));

        if (options.RandomRestarts < 0)
        {
            throw new QuantumAppsException($"QAOA random restarts must be non-negative, got {options.RandomRestarts}.");
        }

        if (options.InitialAngles is { } given && given.Count != 2 * p)
        {
            throw new QuantumAppsException($"QAOA initial angles need 2p = {2 * p} values (γ then β), got {given.Count}.");
        }

        var clock = Stopwatch.StartNew();
        double scale = QaoaCostScale.Of(options.CostDiagonal);
        var closedForm = options.AngleStrategy == QaoaAngleStrategy.Grid && options.InitialAngles is null
            && options.Mixer.Kind == QaoaMixerKind.TransverseField && options.InitialState.Kind == QaoaInitialStateKind.UniformSuperposition
            ? QaoaP1ClosedForm.TryCreate(options.CostDiagonal)
            : null;
        var circuit = new QaoaCircuit(options.CostDiagonal, options.Mixer, options.InitialState);
        var tally = new Tally { Counter = new QaoaObjective.Counter(), Progress = progress, Token = cancellationToken, Scale = scale };
        OptimizationResult best;
        if (options.InitialAngles is { } start)
        {
            var x = start.ToArray();
            for (int k = 0; k < p; k++)
            {
                x[k] *= scale;
            }

            best = Optimize(circuit, p, x, options, rng, tally);
        }
        else if (options.AngleStrategy == QaoaAngleStrategy.LinearRamp)
        {
            best = Optimize(circuit, p, LinearRamp(p, options.RampTimeStep, options.Sense), options, rng, tally);
        }
        else
        {
            best = options.AngleStrategy == QaoaAngleStrategy.Grid
                ? GridSearch(circuit, closedForm, options, rng, tally)
                : Optimize(circuit, 1, LinearRamp(1, options.RampTimeStep, options.Sense), options, rng, tally);
            for (int q = 1; q < p; q++)
            {
                best = NextDepth(circuit, best, q, options, rng, tally);
            }
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

        var gammas = best.BestPoint.Take(p).Select(g => g / scale).ToArray();
        var betas = best.BestPoint.Skip(p).ToArray();
        var probabilities = circuit.TakeProbabilities(gammas, betas);
        double expectation = circuit.Cost.Dot(probabilities);
        return new QaoaResult(p, Array.AsReadOnly(gammas), Array.AsReadOnly(betas), expectation, options.Sense, tally.Evaluations, tally.GradientEvaluations,
            tally.Starts, best.ExitReason, clock.Elapsed.TotalSeconds, probabilities) { CostScale = scale };
    }

    /// <summary>Grid points in γ' of the global p = 1 search (<see cref="QaoaAngleStrategy.Grid"/>).</summary>
    public const int GridGammaPoints = 32;

    /// <summary>Grid points in β of the global p = 1 search.</summary>
    public const int GridBetaPoints = 16;

    /// <summary>Local optimisations started from the best grid points that are local optima of the grid.</summary>
    public const int GridStarts = 3;

    /// <summary>
    /// The p = 1 grid of <see cref="QaoaAngleStrategy.Grid"/> in normalised units: γ'_i = s·π(i+1)/G_γ (i = 0..G_γ−1),
    /// β_j = πj/G_β (j = 0..G_β−1), s = +1 maximising, −1 minimising. Returns the points (γ', β) of the best
    /// <paramref name="starts"/> local optima of the grid (periodic in β, open in γ), best first, and the number of
    /// simulator ⟨C⟩ evaluations made. ⟨C⟩ at the grid points comes from <paramref name="closedForm"/> when given
    /// (O(m·n) per γ, no simulator evaluation), else from the circuit. Exact identities spare circuit evaluations without
    /// changing any value: at β = 0 the mixer is the identity and U_C only changes phases, so ⟨C⟩ is the same for every γ
    /// (one evaluation for the column); with the transverse-field mixer, the |+⟩^n start and a spin-flip symmetric cost
    /// (c_b = c_{b̄}, MaxCut), U_B(β + π/2) = (−i)^n U_B(β) X^⊗n and X^⊗n commutes with U_C and fixes |+⟩^n, so ⟨C⟩ has
    /// period π/2 in β and the columns j ≥ G_β/2 repeat the first half. For MaxCut that is 32·7 + 1 = 225 evaluations
    /// instead of 512.
    /// </summary>
    internal static (List<(double Gamma, double Beta)> Optima, int Evaluations) GridOptima(QaoaCircuit circuit, QaoaSense sense, double scale, int starts,
        CancellationToken token, QaoaP1ClosedForm? closedForm = null)
    {
        double sign = sense == QaoaSense.Maximize ? 1.0 : -1.0;
        bool halfPeriod = circuit.Mixer.Kind == QaoaMixerKind.TransverseField
            && circuit.InitialState.Kind == QaoaInitialStateKind.UniformSuperposition
            && circuit.Cost.IsSpinFlipSymmetric;
        int half = GridBetaPoints / 2;
        int evaluations = 0;
        var value = new double[GridGammaPoints, GridBetaPoints];
        for (int i = 0; i < GridGammaPoints; i++)
        {
            double gamma = sign * Math.PI * (i + 1) / GridGammaPoints;
            var terms = closedForm?.Terms(gamma / scale);
            for (int j = 0; j < GridBetaPoints; j++)
            {
                token.ThrowIfCancellationRequested();
                double beta = Math.PI * j / GridBetaPoints;
                if (terms is { } t)
                {
                    value[i, j] = sign * QaoaP1ClosedForm.Combine(t, beta);
                }
                else if (j == 0 && i > 0)
                {
                    value[i, 0] = value[0, 0];
                }
                else if (halfPeriod && j >= half)
                {
                    value[i, j] = value[i, j - half];
                }
                else
                {
                    value[i, j] = sign * circuit.Expectation([gamma / scale], [beta]);
                    evaluations++;
                }
            }
        }

        var optima = new List<(double V, double Gamma, double Beta)>();
        for (int i = 0; i < GridGammaPoints; i++)
        {
            for (int j = 0; j < GridBetaPoints; j++)
            {
                bool peak = true;
                for (int di = -1; di <= 1 && peak; di++)
                {
                    for (int dj = -1; dj <= 1 && peak; dj++)
                    {
                        int ii = i + di, jj = (j + dj + GridBetaPoints) % GridBetaPoints;
                        if ((di != 0 || dj != 0) && ii >= 0 && ii < GridGammaPoints && value[ii, jj] > value[i, j])
                        {
                            peak = false;
                        }
                    }
                }

                if (peak)
                {
                    optima.Add((value[i, j], sign * Math.PI * (i + 1) / GridGammaPoints, Math.PI * j / GridBetaPoints));
                }
            }
        }

        return (optima.OrderByDescending(o => o.V).Take(starts).Select(o => (o.Gamma, o.Beta)).ToList(), evaluations);
    }

    private static OptimizationResult GridSearch(QaoaCircuit circuit, QaoaP1ClosedForm? closedForm, QaoaOptions options, Random rng, Tally tally)
    {
        OptimizationResult? best = null;
        var (optima, evaluations) = GridOptima(circuit, options.Sense, tally.Scale, GridStarts, tally.Token, closedForm);
        foreach (var (gamma, beta) in optima)
        {
            var candidate = Optimize(circuit, 1, [gamma, beta], options, rng, tally);
            if (best is null || candidate.BestValue < best.BestValue)
            {
                best = candidate;
            }
        }

        tally.Evaluations += evaluations;
        return best!;
    }

    /// <summary>INTERP step q → q+1 with the monotone guard of <see cref="QaoaAngleStrategy.Interp"/>.</summary>
    private static OptimizationResult NextDepth(QaoaCircuit circuit, OptimizationResult previous, int q, QaoaOptions options, Random rng, Tally tally)
    {
        var next = Optimize(circuit, q + 1, Interp(previous.BestPoint, q), options, rng, tally);
        if (next.BestValue <= previous.BestValue)
        {
            return next;
        }

        var padded = Pad(previous.BestPoint, q);
        var fromPadded = Optimize(circuit, q + 1, padded, options, rng, tally);
        if (fromPadded.BestValue < next.BestValue)
        {
            next = fromPadded;
        }

        // A descent method never ends above its start, whose value is the depth-q optimum; keep the start if it did.
        return next.BestValue <= previous.BestValue ? next : previous with { BestPoint = padded };
    }

    /// <summary>Depth-q angles (γ then β) padded with γ_{q+1} = β_{q+1} = 0: the same state at depth q+1.</summary>
    internal static double[] Pad(IReadOnlyList<double> angles, int q)
    {
        var x = new double[2 * (q + 1)];
        for (int k = 0; k < q; k++)
        {
            x[k] = angles[k];
            x[q + 1 + k] = angles[q + k];
        }

        return x;
    }

    /// <summary>Linear-ramp start (γ' then β, normalised units γ' = σγ); see <see cref="QaoaAngleStrategy.LinearRamp"/>.</summary>
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
        var objective = new QaoaObjective(circuit, depth, options.Sense, tally.Scale, tally.Counter, tally.Progress, tally.Token);
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

        public double Scale { get; init; } = 1.0;
    }
}
