
namespace QuantumApps.Optimizers;

/// <summary>
/// Simultaneous-perturbation stochastic approximation (Spall 1992; gain rules from Spall, "Implementation of
/// the simultaneous perturbation algorithm for stochastic optimization", IEEE TAES 34, 817 (1998)).
/// Iteration k = 0, 1, … draws Δ ∈ {−1, +1}^n (Bernoulli, from the injected <see cref="Random"/>), evaluates
/// f(x ± c_k Δ) and updates x_i ← x_i − a_k (f₊ − f₋)/(2 c_k Δ_i), with a_k = a/(k+1+A)^0.602 and
/// c_k = c/(k+1)^0.101. A = 0.1·MaxIterations (Spall's "10 % of the iterations"), c =
/// <see cref="OptimizerSettings.PerturbationSize"/>. a = <see cref="OptimizerSettings.LearningRate"/> when
/// given; otherwise it is calibrated from the gradient magnitude at the start (Spall 1998, §III; Kandala et al.,
/// Nature 549, 242 (2017), supplement) so that the first step has Euclidean length ≈
/// <see cref="OptimizerSettings.InitialStep"/>: a = InitialStep·(A+1)^0.602 / (√n · mean|ĝ_i|), with
/// |ĝ_i| = |f(x₀+cΔ) − f(x₀−cΔ)|/(2c) the same for every i and the mean over
/// <see cref="OptimizerSettings.CalibrationSamples"/> estimates (2 evaluations each, counted). The length, not the
/// per-coordinate size, is what is calibrated: a step of InitialStep = 0.5 rad in each of LiH UCCSD's 92 angles
/// (length 4.8) threw the state far from Hartree–Fock and ended 1.08 Ha above it (issue 13).
/// The start x₀ is evaluated first, and the result is the best point evaluated (never worse than the start).
/// SPSA has no convergence test: it runs all iterations and exits with <see cref="ExitReason.MaxIterations"/>
/// (or <see cref="ExitReason.MaxEvaluations"/>). The final iterate is evaluated once so that it competes for
/// the best point.
/// </summary>
public sealed class SpsaOptimizer : IOptimizer
{
    private const double Alpha = 0.602;
    private const double Gamma = 0.101;
    private const double StabilityFraction = 0.1;

    /// <inheritdoc />
    public string Name => "spsa";

    /// <inheritdoc />
    public bool RequiresGradient => false;

    /// <inheritdoc />
    public OptimizationResult Minimize(IObjective objective, double[] initialPoint, OptimizerSettings settings, Random rng,
        IProgress<OptimizationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var counter = new CountingObjective(objective, initialPoint, settings, RequiresGradient, Name, progress, cancellationToken);
        if (!(settings.PerturbationSize > 0))
        {
            throw new ArgumentException("SPSA needs PerturbationSize c > 0.");
        }

        int n = counter.Dimension;
        var x = (double[])initialPoint.Clone();
        var delta = new double[n];
        var plus = new double[n];
        var minus = new double[n];
        double stability = StabilityFraction * settings.MaxIterations;
        double c = settings.PerturbationSize;
        try
        {
            counter.Value(x);
            double a = settings.LearningRate ?? Calibrate(counter, x, c, stability, settings, rng, delta, plus, minus);
            for (int k = 0; k < settings.MaxIterations; k++)
            {
                double ak = a / Math.Pow(k + 1 + stability, Alpha);
                double ck = c / Math.Pow(k + 1, Gamma);
                double difference = Difference(counter, x, ck, rng, delta, plus, minus);
                for (int i = 0; i < n; i++)
                {
                    x[i] -= ak * difference / (2 * ck * delta[i]);
                }

                if (k == settings.MaxIterations - 1)
                {
                    counter.Value(x);
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

    private static double Calibrate(CountingObjective counter, double[] x, double c, double stability,
        OptimizerSettings settings, Random rng, double[] delta, double[] plus, double[] minus)
    {
        int samples = Math.Max(1, settings.CalibrationSamples);
        double magnitude = 0;
        for (int s = 0; s < samples; s++)
        {
            // |ĝ_i| = |f₊ − f₋|/(2c) for every i because |Δ_i| = 1.
            magnitude += Math.Abs(Difference(counter, x, c, rng, delta, plus, minus)) / (2 * c);
        }

        magnitude /= samples;
        double scale = settings.InitialStep * Math.Pow(stability + 1, Alpha) / Math.Sqrt(x.Length);
        return magnitude > 0 ? scale / magnitude : scale;
    }

    /// <summary>Draws Δ and returns f(x + cΔ) − f(x − cΔ).</summary>
    private static double Difference(CountingObjective counter, double[] x, double c, Random rng,
        double[] delta, double[] plus, double[] minus)
    {
        for (int i = 0; i < x.Length; i++)
        {
            delta[i] = rng.Next(2) == 0 ? -1.0 : 1.0;
            plus[i] = x[i] + c * delta[i];
            minus[i] = x[i] - c * delta[i];
        }

        return counter.Value(plus) - counter.Value(minus);
    }
}
