namespace QuantumApps.Cli.Report;

/// <summary>A molecule's dissociation curve: its points in bond order, qubit count, shots per point and trajectories (null = density matrix).</summary>
public sealed record DissociationCurve(string Name, IReadOnlyList<DissociationPoint> Points, int Qubits, int Shots, int? Trajectories)
{
    /// <summary>Total FCI wall time over the points (s): the medians of the repeated timings when present.</summary>
    public double FciSeconds => Points.Sum(p => p.FciTiming?.MedianSeconds ?? p.FciSeconds);

    /// <summary>Total classical VQE wall time over the points (s): the medians of the repeated timings when present.</summary>
    public double VqeSeconds => Points.Sum(p => p.VqeTiming?.MedianSeconds ?? p.Vqe.Seconds);

    /// <summary>Timed repeats behind <see cref="FciSeconds"/> and <see cref="VqeSeconds"/> (0 when timed once).</summary>
    public int TimingRepeats => Points[0].FciTiming?.Repeats ?? 0;

    /// <summary>Largest |CCSD − FCI| over the points where CCSD converged (Ha; NaN when it converged nowhere).</summary>
    public double MaxCcsdError => Points.Where(p => !double.IsNaN(p.Ccsd)).Select(p => Math.Abs(p.Ccsd - p.Fci)).DefaultIfEmpty(double.NaN).Max();

    /// <summary>Largest E_VQE − E_FCI (Ha).</summary>
    public double MaxVqeError => Points.Max(p => p.Vqe.Energy - p.Fci);
}
