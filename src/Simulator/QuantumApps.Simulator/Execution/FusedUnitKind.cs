namespace QuantumApps.Simulator.Execution;

/// <summary>What a <see cref="FusedUnit"/> applies inside a block.</summary>
internal enum FusedUnitKind
{
    /// <summary>The product of a run of one-qubit operations on one qubit, as one 2×2 matrix.</summary>
    Matrix1,
    Cnot,
    Cz,
    Swap,
    /// <summary>A fixed 4×4 matrix (first qubit most significant).</summary>
    Matrix2,
    /// <summary>|0⟩⟨0|⊗I + |1⟩⟨1|⊗exp(−iθ/2·σ) (control <see cref="FusedUnit.Q0"/>, target <see cref="FusedUnit.Q1"/>).</summary>
    ControlledRotation,
    /// <summary>exp(−iθ/2·P) whose X part lies in the block; Z factors outside the block give a sign per block.</summary>
    PauliRotation,
    /// <summary>
    /// RX rotations on up to three register qubits (<see cref="FusedUnit.Group"/>) and the block's qubits 0 and 1, then
    /// CNOTs among them (and one CNOT into the lowest register qubit from below): <see cref="Kernels.RxTileKernel"/>
    /// in one sweep (see <see cref="CircuitPlanner"/>).
    /// </summary>
    Tile,
}
