namespace QuantumApps.Chemistry.Scf;

/// <summary>Outcome of the real RHF → RHF (singlet) internal stability analysis.</summary>
public enum ScfStability
{
    /// <summary>
    /// No analysis: switched off, the SCF did not converge, there is no occupied–virtual pair, or there are more
    /// pairs than <see cref="RhfStability.MaxHessianDimension"/>.
    /// </summary>
    NotChecked,

    /// <summary>The lowest orbital-Hessian eigenvalue is at or above the threshold: a local minimum within real RHF.</summary>
    Stable,

    /// <summary>
    /// The lowest eigenvalue is still below the threshold after the allowed number of follow-ups: a saddle point, a
    /// lower real RHF solution exists.
    /// </summary>
    Unstable,
}
