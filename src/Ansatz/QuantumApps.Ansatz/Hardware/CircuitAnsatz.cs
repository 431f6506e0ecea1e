using QuantumApps.Simulator;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Ansatz.Hardware;

/// <summary>
/// An ansatz given by a parameterised <see cref="Circuit"/> run on |0…0⟩ (reference preparation, e.g. X gates
/// for a Hartree–Fock determinant, is part of the circuit). Gradient: the simulator's
/// <see cref="AdjointDifferentiation"/> over the circuit's primitive operations.
/// </summary>
public sealed class CircuitAnsatz : IAnsatz
{
    private readonly Circuit _circuit;

    /// <summary>Wraps <paramref name="circuit"/> under the registry name <paramref name="name"/>.</summary>
    public CircuitAnsatz(string name, Circuit circuit)
    {
        Name = name;
        _circuit = circuit ?? throw new ArgumentNullException(nameof(circuit));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public int NumQubits => _circuit.NumQubits;

    /// <inheritdoc />
    public int NumParameters => _circuit.NumParameters;

    /// <inheritdoc />
    public void Prepare(StateVector state, ReadOnlySpan<double> parameters)
    {
        if (state.NumQubits != NumQubits) throw new QuantumAppsException($"the ansatz acts on {NumQubits} qubits but the state has {state.NumQubits}");
        var amps = state.Amplitudes;
        amps.Clear();
        amps[0] = System.Numerics.Complex.One;
        _circuit.Run(state, parameters);
    }

    /// <inheritdoc />
    public double ValueAndGradient(PauliSum hamiltonian, ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        if (gradient.Length != NumParameters) throw new QuantumAppsException($"gradient buffer has length {gradient.Length}, the ansatz has {NumParameters} parameters");
        var r = AdjointDifferentiation.Gradient(_circuit, hamiltonian, parameters);
        for (int k = 0; k < gradient.Length; k++) gradient[k] = r.Gradient[k];
        return r.Value;
    }

    /// <inheritdoc />
    public Circuit ToCircuit() => _circuit;
}
