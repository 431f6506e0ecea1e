using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Qaoa;

/// <summary>
/// Immutable outcome of <see cref="QaoaDriver.Run"/>: depth p, optimal angles (same convention as
/// <see cref="QaoaCircuit"/>: U_C(γ) = exp(−iγC), U_B(β) = exp(−iβB)), the expectation ⟨C⟩ of the cost diagonal
/// as given (not negated, whatever the sense), total objective evaluations over all starts and INTERP depths,
/// the optimizer exit reason of the winning run, wall-clock seconds, and the final probabilities |ψ_b|².
/// This is the variational answer only; exact optima are supplied separately to <see cref="QaoaMetrics"/>.
/// </summary>
public sealed record QaoaResult(
    int Depth,
    IReadOnlyList<double> Gammas,
    IReadOnlyList<double> Betas,
    double Expectation,
    QaoaSense Sense,
    int Evaluations,
    int GradientEvaluations,
    int Starts,
    ExitReason ExitReason,
    double Seconds,
    IReadOnlyList<double> Probabilities)
{
    /// <summary>The weight scale σ the angles were normalised by (<see cref="QaoaCostScale"/>); γσ is unit-free.</summary>
    public double CostScale { get; init; } = 1.0;

    /// <inheritdoc />
    public bool Equals(QaoaResult? other) =>
        other is not null && Depth == other.Depth && Gammas.SequenceEqual(other.Gammas) && Betas.SequenceEqual(other.Betas)
        && Expectation.Equals(other.Expectation) && Sense == other.Sense && Evaluations == other.Evaluations
        && GradientEvaluations == other.GradientEvaluations && Starts == other.Starts && ExitReason == other.ExitReason
        && Seconds.Equals(other.Seconds) && Probabilities.SequenceEqual(other.Probabilities) && CostScale.Equals(other.CostScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Depth, Expectation, Evaluations, ExitReason);
}
