namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The computed points of a bond scan in grid order, and whether the scan was cancelled (then only the points finished
/// before the cancellation are present; a point whose ladder was interrupted is not).
/// </summary>
public sealed record BondScanResult(IReadOnlyList<BondScanPoint> Points, bool Cancelled)
{
    /// <inheritdoc />
    public bool Equals(BondScanResult? other) => other is not null && Points.SequenceEqual(other.Points) && Cancelled == other.Cancelled;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Points.Count, Cancelled);
}
