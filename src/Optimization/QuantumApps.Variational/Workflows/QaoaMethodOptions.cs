using QuantumApps.Optimizers;
using QuantumApps.Simulator.States;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// QAOA settings of the maxcut and tsp comparisons. Convention: U_C(γ) = exp(−iγC), U_B(β) = exp(−iβ Σ_j X_j) (or the
/// XY rings), start |+⟩^n (or the one-hot state with the XY mixer). The reported answer is what QAOA itself gives —
/// ⟨C⟩, the probability of an optimal string and the best of exactly <see cref="Shots"/> seeded samples.
/// </summary>
/// <param name="Depth">QAOA depth p, 1 … <see cref="QaoaResources.MaxDepth"/> (checked when the method runs).</param>
/// <param name="Optimizer">Classical optimizer (a fresh one per run is not needed: optimizers keep no state between calls).</param>
/// <param name="Shots">Seeded samples drawn from the final state (at least 1).</param>
/// <param name="XyMixer">tsp only: XY rings per time step with a one-hot start instead of the transverse field.</param>
/// <param name="FixFirstCity">tsp only: (N−1)² encoding with city 0 fixed at step 0 (true) or N² (false).</param>
/// <param name="Angles">Start-angle strategy (<see cref="QaoaAngleStrategy"/>; default the global p = 1 grid, then INTERP).</param>
/// <param name="Restarts">Independent starts at depth p, best kept (≥ 1): the strategy's start plus Restarts − 1 seeded random ones (<see cref="QaoaOptions.RandomRestarts"/>).</param>
/// <param name="InitialAngles">Explicit start angles (γ then β, 2p values, driver convention); replaces the strategy when set.</param>
public sealed record QaoaMethodOptions(int Depth, IOptimizer Optimizer, int Shots = 1000, bool XyMixer = false, bool FixFirstCity = true,
    QaoaAngleStrategy Angles = QaoaAngleStrategy.Grid, int Restarts = 1, IReadOnlyList<double>? InitialAngles = null)
{
    /// <summary>The memory mode of these settings with a dense or Walsh-form cost (<see cref="QaoaResources"/>).</summary>
    public QaoaMemoryMode MemoryMode(bool denseCost) => new(Optimizer.RequiresGradient, denseCost);

    /// <summary>The driver options for a cost (dense diagonal or Walsh form) with these start settings.</summary>
    public QaoaOptions DriverOptions(QaoaCost diagonal, QaoaSense sense) => new(diagonal, Depth, sense)
    {
        Optimizer = Optimizer,
        AngleStrategy = Angles,
        RandomRestarts = Math.Max(0, Restarts - 1),
        InitialAngles = InitialAngles,
    };
}
