using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Settings of a <see cref="VqeDriver"/> run. <see cref="InitialPoint"/> null means θ = 0 (Hartree–Fock for the
/// fermionic ansätze); <see cref="RandomInitialScale"/> &gt; 0 instead draws θ_k uniformly from ±scale with the
/// injected generator (needed by the hardware-efficient ansatz, whose θ = 0 is not the reference).
/// <see cref="Settings"/> defaults: L-BFGS relative gradient tolerance 1e-6 (max_i |∂E/∂θ_i|·max(|θ_i|,1)/max(|E|,1); the energy
/// error it leaves is of order g²/curvature, far below 1 μHa; 1e-7 makes k-UpCCGSD stall on its flat directions) and
/// 10 000 iterations.
/// </summary>
public sealed record VqeOptions
{
    /// <summary>Starting parameters (length = ansatz parameters), or null for zeros / random.</summary>
    public IReadOnlyList<double>? InitialPoint { get; init; }

    /// <summary>Half-width of the uniform random initial point when <see cref="InitialPoint"/> is null (0 = zeros).</summary>
    public double RandomInitialScale { get; init; }

    /// <summary>Optimizer settings.</summary>
    public OptimizerSettings Settings { get; init; } = new() { GradientTolerance = 1e-6, MaxIterations = 10_000 };
}
