namespace QuantumApps.Variational.Vqe;

/// <summary>Why ADAPT-VQE stopped growing the ansatz.</summary>
public enum AdaptExitReason
{
    /// <summary>The pool gradient norm fell below the threshold (converged).</summary>
    GradientConverged,

    /// <summary>The ansatz reached the maximum number of operators while the gradient norm was still above the threshold.</summary>
    MaxOperators,

    /// <summary>The caller cancelled; the operators and parameters found so far are kept.</summary>
    Cancelled,
}
