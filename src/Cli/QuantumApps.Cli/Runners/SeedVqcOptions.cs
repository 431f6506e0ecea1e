using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>Options of <c>quantumapps example vqc</c>: inputs x = (x0, x1) and weights (φ0, θ0, ω0, φ1, θ1, ω1) in radians.</summary>
public sealed record SeedVqcOptions(double[] X, double[] Params, bool Qasm, OutputFormat Format);
