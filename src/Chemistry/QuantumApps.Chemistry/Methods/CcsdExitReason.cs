namespace QuantumApps.Chemistry.Methods;

/// <summary>Why a CCSD run stopped.</summary>
public enum CcsdExitReason
{
    /// <summary>Energy and amplitude changes fell below their tolerances.</summary>
    Converged,

    /// <summary>The iteration limit was reached first.</summary>
    MaxIterations,

    /// <summary>The amplitudes or the energy became non-finite (a near-degenerate reference, e.g. a stretched bond).</summary>
    Diverged,
}
