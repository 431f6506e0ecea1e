namespace QuantumApps.Simulator.Circuits;

/// <summary>
/// The gates a <see cref="Circuit"/> can hold. Matrices (qubit 0 = least significant bit of a basis index;
/// one-qubit matrices in the basis (|0⟩, |1⟩)):
/// I; X; Y = [[0, −i], [i, 0]]; Z; H = [[1, 1], [1, −1]]/√2; S = diag(1, i); S† ; T = diag(1, e^{iπ/4}); T†;
/// SX = √X = ½[[1+i, 1−i], [1−i, 1+i]]; RX/RY/RZ(θ) = exp(−iθσ/2); PhaseShift(φ) = diag(1, e^{iφ});
/// Rot(φ, θ, ω) = RZ(ω)·RY(θ)·RZ(φ) (PennyLane); U3(θ, φ, λ) = [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2, e^{i(φ+λ)} cos θ/2]]
/// (OpenQASM 2 / Qiskit); CNOT, CZ, SWAP; CRX/CRY/CRZ(θ) = |0⟩⟨0|⊗I + |1⟩⟨1|⊗R(θ) (control first);
/// arbitrary one- and two-qubit unitaries; PauliRotation(θ) = exp(−iθ/2·P); DiagonalPhase(γ) = exp(−iγD).
/// </summary>
public enum GateKind
{
    I, X, Y, Z, H, S, Sdg, T, Tdg, SX,
    RX, RY, RZ, PhaseShift, Rot, U3,
    CNOT, CZ, SWAP, CRX, CRY, CRZ,
    Unitary1, Unitary2,
    PauliRotation, DiagonalPhase,
}
