using QuantumApps.Optimization.Optimizers;

namespace QuantumApps.Optimization.Variational.Vqe;

/// <summary>
/// Settings of a <see cref="VqeDriver"/> run. <see cref="InitialPoint"/> null means θ = 0 (Hartree–Fock for the
/// fermionic ansätze); <see cref="RandomInitialScale"/> &gt; 0 instead draws θ_k uniformly from ±scale with the
/// injected generator (needed by the hardware-efficient ansatz, whose θ = 0 is not the reference).
/// <see cref="Settings"/> defaults: relative gradient tolerance 1e-7 (an energy error far below 1 μHa) and
/// 10 000 iterations.
/// </summary>
public sealed record VqeOptions
{
    /// <summary>Starting parameters (length = ansatz parameters), or null for zeros / random.</summary>
    public IReadOnlyList<double>? InitialPoint { get; init; }

    /// <summary>Half-width of the uniform random initial point when <see cref="InitialPoint"/> is null (0 = zeros).</summary>
    public double RandomInitialScale { get; init; }

    /// <summary>Optimizer settings.</summary>
    public OptimizerSettings Settings { get; init; } = new() { GradientTolerance = 1e-7, MaxIterations = 10_000 };
}
