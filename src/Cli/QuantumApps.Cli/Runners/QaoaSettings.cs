using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>QAOA settings shared by <c>maxcut</c> and <c>tsp</c> (validated by <see cref="QaoaMethods.Prepare"/>).</summary>
/// <param name="Depth">Number of QAOA layers p (1 … 1000, <see cref="Variational.Qaoa.QaoaResources.MaxDepth"/>; a depth out of bounds fails the qaoa method only).</param>
/// <param name="Optimizer">Classical optimizer name (lbfgs, nelder-mead, cobyla, spsa, adam).</param>
/// <param name="Shots">Exactly this many samples are drawn (seeded) from the final state for the best-sampled value.</param>
/// <param name="Mixer">tsp only: "x" (transverse field on the penalised QUBO) or "xy" (XY rings per time step, one-hot start).</param>
/// <param name="FixFirstCity">tsp only: (N−1)² encoding with city 0 fixed at step 0 (true) or the full N² encoding.</param>
/// <param name="Noise">When set, the optimised angles are re-run as a gate-level circuit (<see cref="Variational.Qaoa.QaoaGateCircuit"/>)
/// under this noise model (<see cref="NoisyEvaluation"/>) for the noisy ⟨C⟩ and approximation ratio.</param>
/// <param name="Trajectories">Noisy trajectories of the trajectory method.</param>
/// <param name="NoiseMethod">auto, density-matrix or trajectories (<see cref="NoisyEvaluation"/>).</param>
/// <param name="Angles">Start angles: ramp, interp, grid (default) or a file of 2p angles (<see cref="IO.QaoaAngleFile"/>).</param>
/// <param name="Restarts">Independent starts at depth p, best kept (≥ 1): the strategy's start plus Restarts − 1 seeded random ones.</param>
public sealed record QaoaSettings(int Depth = 1, string Optimizer = "lbfgs", int Shots = 1000, string Mixer = "x", bool FixFirstCity = true,
    string? Noise = null, int Trajectories = NoisyEvaluation.DefaultTrajectories, string NoiseMethod = "auto", string Angles = "grid", int Restarts = 1);
