namespace QuantumApps.Simulator.Execution;

/// <summary>Which kernel a bound one-qubit (or controlled one-qubit) unit uses.</summary>
internal enum Matrix1Form
{
    /// <summary>General 2×2 matrix.</summary>
    General,
    /// <summary>diag(M00, M11).</summary>
    Diagonal,
    /// <summary>RX(θ): Cos, Sin = cos θ/2, sin θ/2.</summary>
    Rx,
    /// <summary>RY(θ): Cos, Sin = cos θ/2, sin θ/2.</summary>
    Ry,
}
