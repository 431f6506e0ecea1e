using QuantumApps.Ansatz.Excitations;
using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Settings of <see cref="AdaptVqe"/>: the operator <see cref="Pool"/>, the stop test ‖g‖₂ &lt;
/// <see cref="GradientThreshold"/> (hartree per radian) on the pool gradients, the largest ansatz
/// (<see cref="MaxOperators"/>) and the settings of each re-optimisation.
/// </summary>
public sealed record AdaptVqeOptions(IReadOnlyList<FermionicExcitation> Pool)
{
    /// <summary>Stop when the Euclidean norm of the pool gradients falls below this (default 1e-3).</summary>
    public double GradientThreshold { get; init; } = 1e-3;

    /// <summary>Largest number of operators appended (default 30).</summary>
    public int MaxOperators { get; init; } = 30;

    /// <summary>Settings for each re-optimisation of all parameters.</summary>
    public OptimizerSettings Settings { get; init; } = new() { GradientTolerance = 1e-6, MaxIterations = 10_000 };
}
