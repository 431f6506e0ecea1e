using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Noise;

/// <summary>
/// Monte Carlo wave-function (quantum trajectory) simulation of a <see cref="NoiseModel"/> on a state vector: after
/// each gate a Kraus branch is sampled so that the average of |ψ⟩⟨ψ| over trajectories equals the density-matrix
/// evolution. Depolarizing: with probability p a uniformly random non-identity Pauli (one of 3, or 15 for two-qubit
/// gates) is applied. Amplitude damping on qubit q (quantum-jump unravelling): the jump K₁ = √γ|0⟩⟨1| happens with
/// probability p = ‖K₁ψ‖² = γ‖Π₁ψ‖² and gives K₁ψ/√p; otherwise K₀ψ/√(1 − p). All randomness comes from the
/// injected generator, so a seed fixes every trajectory.
/// </summary>
public static class TrajectorySimulator
{
    /// <summary>Runs one trajectory from |0…0⟩ and returns the (normalised) final state.</summary>
    public static StateVector Run(Circuit circuit, ReadOnlySpan<double> parameters, NoiseModel noise, Random rng)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var s = StateVector.Zero(circuit.NumQubits);
        Run(circuit, s, parameters, noise, rng);
        return s;
    }

    /// <summary>Runs one trajectory on <paramref name="state"/> in place.</summary>
    public static void Run(Circuit circuit, StateVector state, ReadOnlySpan<double> parameters, NoiseModel noise, Random rng)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(noise);
        ArgumentNullException.ThrowIfNull(rng);
        circuit.Validate(state, parameters);
        GateNoise.Validate(circuit, noise);
        if (noise.IsGateNoiseless)
        {
            // No Kraus branch between gates: the circuit runs as a whole (fused and cache-blocked when that pays).
            circuit.Run(state, parameters);
            return;
        }
        var starts = GateNoise.OperationStarts(circuit);
        var ops = circuit.Operations;
        for (int g = 0; g < circuit.Gates.Count; g++)
        {
            for (int k = starts[g]; k < starts[g + 1]; k++) ops[k].Apply(state, GateNoise.AngleOf(ops[k], parameters));
            if (!noise.IsGateNoiseless) ApplyGateNoise(state, circuit.Gates[g].Qubits, noise, rng);
        }
    }

    /// <summary>
    /// Average over <paramref name="trajectories"/> trajectories of the exact per-trajectory ⟨ψ|H'|ψ⟩, where H' is H
    /// with the readout attenuation of <see cref="ReadoutError.Attenuate"/> (so the mean estimates the noisy measured
    /// expectation without shot noise).
    /// </summary>
    public static TrajectoryEstimate Expectation(Circuit circuit, ReadOnlySpan<double> parameters, PauliSum h, NoiseModel noise, int trajectories, Random rng)
    {
        ArgumentNullException.ThrowIfNull(h);
        if (trajectories < 2) throw new QuantumAppsException($"at least 2 trajectories are needed for a standard error, not {trajectories}");
        var measured = ReadoutError.Attenuate(h, noise.Readout);
        var state = StateVector.Empty(circuit.NumQubits);
        var values = new double[trajectories];
        for (int t = 0; t < trajectories; t++)
        {
            state.Amplitudes.Clear();
            state.Amplitudes[0] = Complex.One;
            Run(circuit, state, parameters, noise, rng);
            values[t] = state.Expectation(measured);
        }
        return Summarize(values);
    }

    internal static TrajectoryEstimate Summarize(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (double v in values) mean += v;
        mean /= values.Length;
        double ss = 0;
        foreach (double v in values) ss += (v - mean) * (v - mean);
        double sd = values.Length > 1 ? Math.Sqrt(ss / (values.Length - 1)) : 0;
        return new TrajectoryEstimate(mean, sd / Math.Sqrt(values.Length), values.Length);
    }

    private static void ApplyGateNoise(StateVector state, IReadOnlyList<int> qubits, NoiseModel noise, Random rng)
    {
        if (qubits.Count == 1 && noise.Depolarizing1 > 0 && rng.NextDouble() < noise.Depolarizing1)
            ApplyPauli(state, qubits[0], 1 + rng.Next(3));
        if (qubits.Count == 2 && noise.Depolarizing2 > 0 && rng.NextDouble() < noise.Depolarizing2)
        {
            // index 1..15 = a + 4b with a, b ∈ {I, X, Y, Z} on (first, second), excluding II
            int k = 1 + rng.Next(15);
            ApplyPauli(state, qubits[0], k & 3);
            ApplyPauli(state, qubits[1], k >> 2);
        }
        if (noise.AmplitudeDamping > 0)
            foreach (int q in qubits) Damp(state, q, noise.AmplitudeDamping, rng);
    }

    private static void ApplyPauli(StateVector state, int q, int which)
    {
        switch (which)
        {
            case 1: state.ApplyX(q); break;
            case 2: state.ApplyY(q); break;
            case 3: state.ApplyZ(q); break;
        }
    }

    private static void Damp(StateVector state, int q, double gamma, Random rng)
    {
        var amps = state.Amplitudes;
        double norm = state.NormSquared();
        double p1 = NoiseKernels.Population1(amps, q) / norm;
        double pJump = gamma * p1;
        if (rng.NextDouble() < pJump)
        {
            NoiseKernels.Jump(amps, q, 1 / Math.Sqrt(p1 * norm));
        }
        else
        {
            double scale = 1 / Math.Sqrt((1 - pJump) * norm);
            NoiseKernels.NoJump(amps, q, scale, Math.Sqrt(1 - gamma) * scale);
        }
    }
}
