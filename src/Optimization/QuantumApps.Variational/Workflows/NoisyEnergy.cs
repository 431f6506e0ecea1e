namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The energy (or cost expectation) of a final variational circuit re-run under a noise model.
/// <see cref="Method"/> is "density-matrix" (exact Tr(ρH'), <see cref="StandardError"/> null) or "trajectories"
/// (mean of the exact per-trajectory ⟨ψ_t|H'|ψ_t⟩ over <see cref="Trajectories"/> seeded trajectories, standard error
/// s/√T); H' is H with the readout attenuation (1 − 2r)^w per Pauli of weight w. With shots, <see cref="ShotEnergy"/> ±
/// <see cref="ShotStandardError"/> is the device-like estimate from <see cref="Shots"/> sampled shots spread over
/// <see cref="ShotTrajectories"/> trajectories (qubit-wise-commuting groups, readout flips sampled).
/// </summary>
public sealed record NoisyEnergy(
    string Noise,
    string Method,
    double Energy,
    double? StandardError,
    int? Trajectories,
    long? Shots = null,
    int? ShotTrajectories = null,
    double? ShotEnergy = null,
    double? ShotStandardError = null);
