namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Mean of a per-trajectory value over <see cref="Trajectories"/> independent noisy trajectories, with the
/// standard error of the mean s/√T (s the sample standard deviation across trajectories).
/// </summary>
public sealed record TrajectoryEstimate(double Mean, double StandardError, int Trajectories);
