namespace QuantumApps.Simulator.Circuits;

/// <summary>Primitive operations a <see cref="Gate"/> is lowered to for simulation and differentiation.</summary>
internal enum OperationKind
{
    /// <summary>Fixed 2×2 matrix.</summary>
    Fixed1,
    /// <summary>Fixed 4×4 matrix (first qubit most significant).</summary>
    Fixed2,
    Cnot,
    Cz,
    Swap,
    /// <summary>exp(−iθ/2·P), P a Hermitian Pauli string.</summary>
    Rotation,
    /// <summary>|0⟩⟨0|⊗I + |1⟩⟨1|⊗exp(−iθ/2·σ) with σ ∈ {X, Y, Z} on the target.</summary>
    ControlledRotation,
    /// <summary>diag(1, e^{iφ}) = e^{iφ/2}·RZ(φ).</summary>
    PhaseShift,
    /// <summary>exp(−iγD).</summary>
    DiagonalPhase,
}
