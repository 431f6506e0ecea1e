using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Measurement;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Noisy energy of a circuit and a Hermitian <see cref="PauliSum"/> as a device would report it: the shots are spread
/// over T noisy trajectories (<see cref="TrajectorySimulator"/>); per trajectory every qubit-wise-commuting group
/// (<see cref="QubitWiseGrouping"/>) is measured with the weighted allocation of <see cref="ShotEstimator"/>, each
/// measured bit is flipped with the readout probability, and E_t = c_I + Σ_g mean_g. The estimate is the mean of E_t
/// with standard error sd(E_t)/√T. <see cref="Exact"/> gives the value it converges to (density matrix plus readout
/// attenuation).
/// </summary>
public static class NoisyEstimator
{
    /// <summary>Estimate with <paramref name="shots"/> in total over <paramref name="trajectories"/> trajectories (shots/T each, at least 2 per group).</summary>
    public static NoisyEstimate Estimate(Circuit circuit, ReadOnlySpan<double> parameters, PauliSum h, NoiseModel noise, int shots, int trajectories, Random rng)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(noise);
        if (h.NumQubits > circuit.NumQubits) throw new QuantumAppsException($"operator acts on {h.NumQubits} qubits; the circuit has {circuit.NumQubits}");
        if (!h.IsHermitian()) throw new QuantumAppsException("noisy estimation needs a Hermitian operator (real Pauli coefficients)");
        if (trajectories < 2) throw new QuantumAppsException($"at least 2 trajectories are needed for a standard error, not {trajectories}");
        var groups = QubitWiseGrouping.Group(h);
        int perTrajectory = shots / trajectories;
        if (groups.Count > 0 && perTrajectory < 2 * groups.Count)
            throw new QuantumAppsException($"{shots} shots over {trajectories} trajectories leave {perTrajectory} per trajectory, too few for {groups.Count} measurement groups (need at least 2 per group)");
        var alloc = ShotEstimator.WeightedAllocation(groups, perTrajectory);
        double offset = h.IdentityCoefficient.Real;
        var state = StateVector.Empty(circuit.NumQubits);
        var work = StateVector.Empty(circuit.NumQubits);
        var values = new double[trajectories];
        for (int t = 0; t < trajectories; t++)
        {
            state.Amplitudes.Clear();
            state.Amplitudes[0] = Complex.One;
            TrajectorySimulator.Run(circuit, state, parameters, noise, rng);
            double e = offset;
            for (int g = 0; g < groups.Count; g++)
            {
                work.CopyFrom(state);
                groups[g].RotateIntoBasis(work);
                ulong support = groups[g].Basis.X | groups[g].Basis.Z;
                double sum = 0;
                foreach (ulong b in work.Sample(alloc[g], rng))
                    sum += groups[g].ValueOf(ReadoutError.Corrupt(b, support, noise.Readout, rng));
                e += sum / alloc[g];
            }
            values[t] = e;
        }
        var summary = TrajectorySimulator.Summarize(values);
        return new NoisyEstimate(summary.Mean, summary.StandardError, trajectories, alloc.Sum(), groups.Count);
    }

    /// <summary>The exact noisy measured expectation Tr(ρ H') with ρ from <see cref="DensityMatrix"/> and H' = <see cref="ReadoutError.Attenuate"/>(H, r).</summary>
    public static double Exact(Circuit circuit, ReadOnlySpan<double> parameters, PauliSum h, NoiseModel noise)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(noise);
        var rho = DensityMatrix.Zero(circuit.NumQubits);
        rho.Apply(circuit, parameters, noise);
        return rho.Expectation(ReadoutError.Attenuate(h, noise.Readout));
    }
}
