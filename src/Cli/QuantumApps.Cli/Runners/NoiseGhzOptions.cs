using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps noise ghz</c>.</summary>
/// <param name="Noise">Noise spec <c>depolarizing:p1,p2[;damping:g][;readout:r]</c>.</param>
/// <param name="Qubits">GHZ size n (2..12, the density-matrix limit).</param>
/// <param name="Shots">Total shots of the sampled estimate.</param>
/// <param name="Trajectories">Noisy trajectories the shots are spread over.</param>
/// <param name="Seed">Seed of the trajectories and shots.</param>
/// <param name="Format">table or json.</param>
public sealed record NoiseGhzOptions(string Noise, int Qubits, int Shots, int Trajectories, long Seed, OutputFormat Format);
