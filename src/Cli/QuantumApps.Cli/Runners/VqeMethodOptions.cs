namespace QuantumApps.Cli.Runners;

/// <summary>VQE settings shared by <c>molecule energy --methods …,vqe</c> and <c>molecule scan</c>.</summary>
/// <param name="Ansatz">uccsd, hea, kupccgsd or adapt.</param>
/// <param name="Layers">HEA depth L (default 2) or k of k-UpCCGSD (default 2); null = the ansatz default.</param>
/// <param name="Optimizer">lbfgs, nelder-mead, cobyla, spsa or adam.</param>
/// <param name="Shots">When set, the final energy is also estimated from this many measurement shots.</param>
/// <param name="Seed">Seed of every random choice (HEA start, SPSA, shot sampling).</param>
/// <param name="Initial">Starting point: hf (θ = 0) or mp2 (UCCSD doubles from MP2 amplitudes).</param>
/// <param name="Noise">When set (<c>depolarizing:p1,p2[;damping:g][;readout:r]</c>), the optimised circuit is re-run under
/// this noise model (<see cref="NoisyEvaluation"/>); the optimisation itself stays noiseless.</param>
/// <param name="Trajectories">Noisy trajectories (trajectory method and the noisy shot estimate).</param>
/// <param name="NoiseMethod">auto, density-matrix or trajectories (<see cref="NoisyEvaluation"/>).</param>
public sealed record VqeMethodOptions(
    string Ansatz = "uccsd",
    int? Layers = null,
    string Optimizer = "lbfgs",
    int? Shots = null,
    int Seed = 42,
    string Initial = "hf",
    string? Noise = null,
    int Trajectories = NoisyEvaluation.DefaultTrajectories,
    string NoiseMethod = "auto");
