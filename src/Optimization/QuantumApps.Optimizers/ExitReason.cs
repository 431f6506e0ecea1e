namespace QuantumApps.Optimizers;

/// <summary>Why an optimizer stopped. Only <see cref="Converged"/> means a tolerance test was met after progress.</summary>
public enum ExitReason
{
    /// <summary>The method's own convergence test was met (gradient, step or trust-region radius below tolerance).</summary>
    Converged,

    /// <summary>
    /// The gradient was already below tolerance at the initial point, so no step was taken. The point is
    /// stationary but may be a saddle or maximum (e.g. VQE started from Hartree–Fock with some ansätze).
    /// </summary>
    StationaryStart,

    /// <summary>The iteration limit was reached.</summary>
    MaxIterations,

    /// <summary>The objective-evaluation budget was exhausted.</summary>
    MaxEvaluations,

    /// <summary>
    /// The method stopped because steps or value changes became negligible although its gradient test
    /// was not met (e.g. MathNet L-BFGS "lack of progress" at a kink or in noise).
    /// </summary>
    Stalled,

    /// <summary>The line search could not find an acceptable step (or the direction was not a descent direction).</summary>
    LineSearchFailed,

    /// <summary>The objective or its gradient returned NaN or infinity.</summary>
    NonFiniteValue,

    /// <summary>The caller's <see cref="CancellationToken"/> was cancelled; the result holds the best point evaluated before.</summary>
    Cancelled,
}
