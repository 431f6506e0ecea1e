using QuantumApps.Optimizers;
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
public sealed record QaoaMethodOptions(int Depth, IOptimizer Optimizer, int Shots = 1000, bool XyMixer = false, bool FixFirstCity = true);
