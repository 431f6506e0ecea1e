namespace QuantumApps.Optimizers;

/// <summary>
/// The optimizers of <see cref="OptimizerFactory"/>. Their text names (CLI, JSON) are
/// <see cref="OptimizerFactory.Name(OptimizerKind)"/>: lbfgs, nelder-mead, cobyla, spsa, adam.
/// </summary>
public enum OptimizerKind
{
    /// <summary>L-BFGS with a strong-Wolfe line search (<see cref="LbfgsOptimizer"/>); needs a gradient.</summary>
    Lbfgs,

    /// <summary>Nelder–Mead simplex (<see cref="NelderMeadOptimizer"/>).</summary>
    NelderMead,

    /// <summary>COBYLA trust-region linear approximations (<see cref="CobylaOptimizer"/>).</summary>
    Cobyla,

    /// <summary>Simultaneous-perturbation stochastic approximation (<see cref="SpsaOptimizer"/>).</summary>
    Spsa,

    /// <summary>Adam (<see cref="AdamOptimizer"/>); needs a gradient.</summary>
    Adam,
}
