using QuantumApps.Optimizers;
using QuantumApps.Simulator.Noise;

namespace QuantumApps.Variational.Workflows;

/// <summary>Settings of a molecular VQE (<see cref="VqeMethod"/>), shared by <see cref="MoleculeLadder"/> and <see cref="BondScan"/>.</summary>
/// <param name="Ansatz">The ansatz (default UCCSD).</param>
/// <param name="Layers">HEA depth L (default 2), k of k-UpCCGSD (default 2) or ADAPT's maximum operator count (default 30); null = the ansatz default.</param>
/// <param name="Optimizer">The classical optimizer (default L-BFGS).</param>
/// <param name="Shots">When set, the final energy is also estimated from this many measurement shots.</param>
/// <param name="Seed">Seed of every random choice (HEA start, SPSA, shot sampling), 64-bit (<see cref="Simulator.SeededRandom"/>).</param>
/// <param name="Initial">Starting point: HF (θ = 0) or MP2 (UCCSD doubles from MP2 amplitudes).</param>
/// <param name="Noise">When set, the optimised circuit is re-run under this noise model (<see cref="NoisyEvaluation"/>);
/// the optimisation itself stays noiseless.</param>
/// <param name="Trajectories">Noisy trajectories (trajectory method and the noisy shot estimate).</param>
/// <param name="NoiseMethod">How the noisy circuit is simulated (<see cref="NoisyEvaluation"/>).</param>
public sealed record VqeMethodOptions(
    AnsatzKind Ansatz = AnsatzKind.Uccsd,
    int? Layers = null,
    OptimizerKind Optimizer = OptimizerKind.Lbfgs,
    int? Shots = null,
    long Seed = 42,
    InitialPointKind Initial = InitialPointKind.Hf,
    NoiseModel? Noise = null,
    int Trajectories = NoisyEvaluation.DefaultTrajectories,
    NoiseMethod NoiseMethod = NoiseMethod.Auto);
