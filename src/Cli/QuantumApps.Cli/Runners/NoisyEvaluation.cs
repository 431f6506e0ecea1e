using QuantumApps.Ansatz.Compilation;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Re-runs a final variational circuit (VQE ansatz or QAOA) under a <see cref="NoiseModel"/>. Gates on more than two
/// qubits (the UCCSD Pauli rotations) are first lowered to CNOT ladders and one-qubit gates
/// (<see cref="CnotLowering"/>), so every noise channel attaches to a one- or two-qubit gate as on hardware. Up to
/// <see cref="DensityMatrix.MaxQubits"/> qubits the exact density matrix is used; above, seeded quantum trajectories.
/// </summary>
public static class NoisyEvaluation
{
    /// <summary>Default number of trajectories above the density-matrix limit (and for the shot estimate).</summary>
    public const int DefaultTrajectories = 200;

    /// <summary>Parses a --noise spec (null or blank = no noise evaluation); errors are one-line <see cref="QuantumAppsException"/>s.</summary>
    public static NoiseModel? ParseSpec(string? spec, string option = "--noise")
    {
        if (spec is null) return null;
        try
        {
            return NoiseModel.Parse(spec);
        }
        catch (QuantumAppsException e)
        {
            throw new QuantumAppsException($"{option}: {e.Message}");
        }
    }

    /// <summary>Checks a trajectory count (at least 2, for a standard error).</summary>
    public static void ValidateTrajectories(int trajectories)
    {
        if (trajectories < 2) throw new QuantumAppsException($"--trajectories must be at least 2 (for a standard error), got {trajectories}");
    }

    /// <summary>The circuit with every gate on more than two qubits lowered to CNOTs and one-qubit gates (unchanged when none).</summary>
    public static Circuit HardwareGates(Circuit circuit) =>
        circuit.Gates.Any(g => g.Qubits.Count > 2) ? CnotLowering.Lower(circuit) : circuit;

    /// <summary>
    /// Evaluates ⟨H⟩ of <paramref name="circuit"/> at <paramref name="parameters"/> under <paramref name="noise"/>
    /// (density matrix for n ≤ 12, else <paramref name="trajectories"/> trajectories); with <paramref name="shots"/>,
    /// also the sampled estimate. All randomness comes from <paramref name="rng"/>. <paramref name="maxDensityMatrixQubits"/>
    /// lowers the density-matrix limit (the report uses trajectories for LiH, whose 10-qubit density matrix takes ~30 s).
    /// </summary>
    public static NoisyEnergy Evaluate(Circuit circuit, IReadOnlyList<double> parameters, PauliSum h, NoiseModel noise, int trajectories, int? shots, Random rng,
        int maxDensityMatrixQubits = DensityMatrix.MaxQubits)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(noise);
        ValidateTrajectories(trajectories);
        var gates = HardwareGates(circuit);
        var op = h.WithNumQubitsAtLeast(gates.NumQubits);
        var p = parameters.ToArray();
        NoisyEnergy result;
        if (gates.NumQubits <= Math.Min(maxDensityMatrixQubits, DensityMatrix.MaxQubits))
            result = new NoisyEnergy(noise.ToString(), "density-matrix", NoisyEstimator.Exact(gates, p, op, noise), null, null);
        else
        {
            var t = TrajectorySimulator.Expectation(gates, p, op, noise, trajectories, rng);
            result = new NoisyEnergy(noise.ToString(), "trajectories", t.Mean, t.StandardError, t.Trajectories);
        }
        if (shots is not int s) return result;
        int groups = Math.Max(1, QubitWiseGrouping.Group(op).Count);
        int shotTrajectories = Math.Clamp(s / (2 * groups), 2, trajectories);
        int total = Math.Max(s, shotTrajectories * 2 * groups);
        var e = NoisyEstimator.Estimate(gates, p, op, noise, total, shotTrajectories, rng);
        return result with { Shots = e.TotalShots, ShotTrajectories = e.Trajectories, ShotEnergy = e.Mean, ShotStandardError = e.StandardError };
    }
}
