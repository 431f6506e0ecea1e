using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Ansatz;

/// <summary>
/// A parameterised trial state |ψ(θ)⟩ = U(θ)|ref⟩ on <see cref="NumQubits"/> qubits (qubit q = bit q of the basis
/// index; under Jordan–Wigner qubit q is spin orbital q, interleaved 2p = p α, 2p+1 = p β). Parameters are
/// angles in radians; θ = 0 gives the reference state for the fermionic ansätze.
/// </summary>
public interface IAnsatz
{
    /// <summary>Short registry name (uccsd, hea, kupccgsd, adapt).</summary>
    string Name { get; }

    /// <summary>Number of qubits n.</summary>
    int NumQubits { get; }

    /// <summary>Length of the parameter vector.</summary>
    int NumParameters { get; }

    /// <summary>Overwrites <paramref name="state"/> with U(θ)|ref⟩.</summary>
    void Prepare(StateVector state, ReadOnlySpan<double> parameters);

    /// <summary>
    /// E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ (the objective of gradient-free optimisers). <paramref name="scratch"/> is a state of
    /// <see cref="NumQubits"/> qubits the evaluation may overwrite; by default the state is prepared there and the
    /// expectation taken on the full vector.
    /// </summary>
    double Value(PauliSum hamiltonian, ReadOnlySpan<double> parameters, StateVector scratch)
    {
        Prepare(scratch, parameters);
        return scratch.Expectation(hamiltonian);
    }

    /// <summary>
    /// E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ and its exact gradient ∂E/∂θ_k by adjoint differentiation (one forward pass, one
    /// H application, one backward pass), written into <paramref name="gradient"/>.
    /// </summary>
    double ValueAndGradient(PauliSum hamiltonian, ReadOnlySpan<double> parameters, Span<double> gradient);

    /// <summary>
    /// An equivalent gate-level circuit acting on |0…0⟩ (reference preparation included) with the same parameter
    /// vector: it prepares the same state as <see cref="Prepare"/> (up to rounding). Its multi-qubit gates may be
    /// Pauli rotations; see <see cref="QuantumApps.Simulator.Compilation.CnotLowering"/> for the CNOT-level form (routed onto a line by
    /// QuantumApps.Simulator.Compilation.LinearChainRouter).
    /// </summary>
    Circuit ToCircuit();
}
