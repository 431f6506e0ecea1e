namespace QuantumApps.Variational.Experiments;

/// <summary>
/// One curve of a barren-plateau experiment: the points for increasing n and the least-squares fit
/// ln Var = a + b·n (<see cref="Fit"/>; b &lt; 0 means exponential decay, Var ∝ e^{bn}; b = −ln 2 ≈ −0.69 is 2^−n).
/// <see cref="DepthLabel"/> says how the layer count was chosen ("L = n" or "L = 4").
/// </summary>
public sealed record BarrenPlateauSeries(CostLocality Cost, string DepthLabel, IReadOnlyList<BarrenPlateauPoint> Points, LinearFit Fit)
{
    /// <summary>"global, L = n" style label.</summary>
    public string Label => $"{(Cost == CostLocality.Global ? "global Z…Z" : "local Z0")}, {DepthLabel}";

    public bool Equals(BarrenPlateauSeries? other) =>
        other is not null && Cost == other.Cost && DepthLabel == other.DepthLabel && Points.SequenceEqual(other.Points) && Fit == other.Fit;

    public override int GetHashCode() => HashCode.Combine(Cost, DepthLabel, Points.Count, Fit);
}
