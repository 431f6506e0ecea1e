namespace QuantumApps.Cli.Report;

/// <summary>A molecule's dissociation curve: its points in bond order, qubit count, shots per point and trajectories (null = density matrix).</summary>
public sealed record DissociationCurve(string Name, IReadOnlyList<DissociationPoint> Points, int Qubits, int Shots, int? Trajectories)
{
    /// <summary>Total FCI wall time over the points (s).</summary>
    public double FciSeconds => Points.Sum(p => p.FciSeconds);

    /// <summary>Total classical VQE wall time over the points (s).</summary>
    public double VqeSeconds => Points.Sum(p => p.Vqe.Seconds);

    /// <summary>Largest E_VQE − E_FCI (Ha).</summary>
    public double MaxVqeError => Points.Max(p => p.Vqe.Energy - p.Fci);
}
