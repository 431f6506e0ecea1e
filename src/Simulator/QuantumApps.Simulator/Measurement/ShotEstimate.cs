namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// A shot-based estimate of ⟨H⟩: <see cref="Mean"/> = c_I + Σ_g mean_g (c_I the identity coefficient, mean_g the
/// average of O_g over the group's shots) and <see cref="StandardError"/> = sqrt(Σ_g s_g²/N_g) with s_g² the
/// unbiased sample variance of O_g (groups with one shot contribute 0).
/// </summary>
public sealed record ShotEstimate(
    double Mean,
    double StandardError,
    IReadOnlyList<MeasurementGroup> Groups,
    IReadOnlyList<int> ShotsPerGroup,
    IReadOnlyList<double> GroupMeans,
    double IdentityOffset)
{
    /// <summary>Σ_g N_g.</summary>
    public int TotalShots => ShotsPerGroup.Sum();

    public bool Equals(ShotEstimate? other) =>
        other is not null && Mean.Equals(other.Mean) && StandardError.Equals(other.StandardError)
        && IdentityOffset.Equals(other.IdentityOffset) && Groups.SequenceEqual(other.Groups)
        && ShotsPerGroup.SequenceEqual(other.ShotsPerGroup) && GroupMeans.SequenceEqual(other.GroupMeans);

    public override int GetHashCode() => HashCode.Combine(Mean, StandardError, Groups.Count);
}
