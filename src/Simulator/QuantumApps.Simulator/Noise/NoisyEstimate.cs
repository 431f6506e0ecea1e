namespace QuantumApps.Simulator.Noise;

/// <summary>
/// A shot-based noisy energy: <see cref="Mean"/> ± <see cref="StandardError"/> from <see cref="Trajectories"/> noisy
/// trajectories with <see cref="ShotsPerTrajectory"/> shots each (split over the measurement groups), readout errors
/// included. The standard error comes from the spread of the per-trajectory estimates, so it covers both the shot
/// noise and the trajectory sampling. <see cref="TotalShots"/> = trajectories × shots per trajectory.
/// </summary>
public sealed record NoisyEstimate(double Mean, double StandardError, int Trajectories, int ShotsPerTrajectory, int MeasurementGroups)
{
    /// <summary>Total number of simulated shots.</summary>
    public long TotalShots => (long)Trajectories * ShotsPerTrajectory;
}
