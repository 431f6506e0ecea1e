namespace QuantumApps.Cli.Report;

/// <summary>The VQE cost table: one row per molecule found, and the molecules skipped because their XYZ file was not found.</summary>
public sealed record VqeCostOutcome(IReadOnlyList<VqeCostRow> Rows, IReadOnlyList<string> Skipped)
{
    /// <summary>The row with the most qubits (the later one on a tie), or null when no molecule was found.</summary>
    public VqeCostRow? Largest => Rows.Aggregate((VqeCostRow?)null, (best, r) => best is null || r.Qubits >= best.Qubits ? r : best);
}
