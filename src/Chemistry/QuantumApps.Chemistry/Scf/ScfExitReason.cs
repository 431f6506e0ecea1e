namespace QuantumApps.Chemistry.Scf;

/// <summary>Why an SCF run stopped.</summary>
public enum ScfExitReason
{
    /// <summary>|ΔE| and the DIIS error fell below their tolerances.</summary>
    Converged,

    /// <summary>The iteration limit was reached first.</summary>
    MaxIterations,
}
