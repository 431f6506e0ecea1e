namespace QuantumApps.Simulator.Measurement;

/// <summary>
/// Shots needed for a target standard error ε with the qubit-wise grouping, from the exact group standard
/// deviations σ_g = sqrt(⟨O_g²⟩ − ⟨O_g⟩²). With N_g shots on group g the error is sqrt(Σ σ_g²/N_g); minimising
/// Σ N_g under that constraint (Lagrange) gives N_g ∝ σ_g and N = (Σ_g σ_g)²/ε². <see cref="ShotsPerGroup"/> rounds
/// N·σ_g/Σσ up (at least 1 shot per group), so <see cref="PredictedStandardError"/> ≤ ε.
/// </summary>
public sealed record ShotBudget(
    long TotalShots,
    double OptimalShots,
    IReadOnlyList<long> ShotsPerGroup,
    IReadOnlyList<double> GroupStandardDeviations,
    IReadOnlyList<MeasurementGroup> Groups,
    double PredictedStandardError)
{
    public bool Equals(ShotBudget? other) =>
        other is not null && TotalShots == other.TotalShots && OptimalShots.Equals(other.OptimalShots)
        && ShotsPerGroup.SequenceEqual(other.ShotsPerGroup) && GroupStandardDeviations.SequenceEqual(other.GroupStandardDeviations)
        && Groups.SequenceEqual(other.Groups) && PredictedStandardError.Equals(other.PredictedStandardError);

    public override int GetHashCode() => HashCode.Combine(TotalShots, OptimalShots, Groups.Count);
}
