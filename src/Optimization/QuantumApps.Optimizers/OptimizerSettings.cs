namespace QuantumApps.Optimizers;

/// <summary>
/// Settings shared by all optimizers; each method reads the fields it understands (documented per field).
/// Defaults suit smooth objectives with O(1) parameters such as variational angles in radians.
/// </summary>
public sealed record OptimizerSettings
{
    /// <summary>Iteration limit (one L-BFGS/Adam/SPSA step, one Nelder–Mead or COBYLA simplex update).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>Limit on objective calls (value or value-and-gradient, each counts one).</summary>
    public int MaxEvaluations { get; init; } = 100_000;

    /// <summary>
    /// L-BFGS: relative-gradient tolerance max_i |g_i| max(|x_i|,1)/max(|f|,1) (the test MathNet uses).
    /// Adam: stop when the Euclidean gradient norm falls below it.
    /// </summary>
    public double GradientTolerance { get; init; } = 1e-8;

    /// <summary>
    /// Nelder–Mead: relative spread of simplex values 2|f_hi−f_lo|/(|f_hi|+|f_lo|+1e-10).
    /// L-BFGS: relative function-progress tolerance |Δf|/max(|f|,1), applied only from iteration 500 on (as MathNet did).
    /// </summary>
    public double ValueTolerance { get; init; } = 1e-12;

    /// <summary>
    /// Initial step: COBYLA ρ_begin, Nelder–Mead initial simplex edge, SPSA target size of the first step
    /// when the gain a is calibrated, L-BFGS longest first (steepest-descent) trial step min(|g|, Δ).
    /// </summary>
    public double InitialStep { get; init; } = 0.5;

    /// <summary>Final step: COBYLA ρ_end; L-BFGS relative parameter-change tolerance.</summary>
    public double FinalStep { get; init; } = 1e-8;

    /// <summary>Adam step size α (Kingma &amp; Ba default 0.001 when null); SPSA gain a (calibrated when null).</summary>
    public double? LearningRate { get; init; }

    /// <summary>SPSA perturbation size c in c_k = c/(k+1)^0.101.</summary>
    public double PerturbationSize { get; init; } = 0.1;

    /// <summary>SPSA: number of gradient samples used to calibrate a when <see cref="LearningRate"/> is null.</summary>
    public int CalibrationSamples { get; init; } = 25;

    /// <summary>L-BFGS memory (number of stored correction pairs).</summary>
    public int LbfgsMemory { get; init; } = 10;
}
