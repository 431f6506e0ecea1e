namespace QuantumApps.Variational.Workflows;

/// <summary>
/// How <see cref="NoisyEvaluation"/> simulates a noisy circuit; text names (CLI, JSON) from
/// <see cref="NoisyEvaluation.MethodName"/>: auto, density-matrix, trajectories.
/// </summary>
public enum NoiseMethod
{
    /// <summary>The density matrix when n ≤ 12 and 4^n × gates ≤ <see cref="NoisyEvaluation.AutoDensityMatrixWork"/>, trajectories otherwise.</summary>
    Auto,

    /// <summary>Exact density-matrix simulation Tr(ρH).</summary>
    DensityMatrix,

    /// <summary>Seeded Monte Carlo trajectories on the state vector.</summary>
    Trajectories,
}
