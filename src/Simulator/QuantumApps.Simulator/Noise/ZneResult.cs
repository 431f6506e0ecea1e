namespace QuantumApps.Simulator.Noise;

/// <summary>
/// One zero-noise extrapolation (<see cref="ZeroNoiseExtrapolation.Estimate"/>): the scale factors λ_i, the values E(λ_i)
/// measured on the folded circuits, and the Richardson and linear extrapolations to λ = 0.
/// </summary>
public sealed record ZneResult(IReadOnlyList<double> ScaleFactors, IReadOnlyList<double> Values, double Richardson, double Linear);
