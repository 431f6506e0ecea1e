namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Goemans–Williamson result. <see cref="Cut"/>/<see cref="Assignment"/>: best of <see cref="Roundings"/> random
/// hyperplane roundings; <see cref="MeanRoundedCut"/>: their mean; <see cref="ExpectedCut"/> = Σ w_ij arccos(v_i·v_j)/π
/// (exact expectation of one rounding); <see cref="SdpValue"/> = Σ w_ij (1 − v_i·v_j)/2 at the final vectors;
/// <see cref="UpperBound"/>: certified dual bound Σ y_i − n·λ_min(Diag(y) − L/4) ≥ SDP optimum ≥ max cut
/// (NaN when the graph was too large for the dense eigen-solve); <see cref="Rank"/> of the vectors;
/// <see cref="Sweeps"/> of coordinate updates and the <see cref="ExitReason"/>. When the roundings were polished by
/// 1-flip descent, <see cref="Cut"/> is the best polished cut and <see cref="RoundedCut"/> the best cut before
/// polishing (equal when not polished; always <see cref="RoundedCut"/> ≤ <see cref="Cut"/>).
/// </summary>
public sealed record GoemansWilliamsonResult(
    double Cut, string Assignment, double MeanRoundedCut, double ExpectedCut, double SdpValue, double UpperBound,
    int Rank, int Sweeps, int Roundings, string ExitReason, double Seconds)
{
    /// <summary>Best hyperplane-rounded cut before the 1-flip polish.</summary>
    public double RoundedCut { get; init; } = Cut;
}
