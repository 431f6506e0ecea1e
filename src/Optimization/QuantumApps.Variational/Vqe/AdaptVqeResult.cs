using QuantumApps.Ansatz.Excitations;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Outcome of ADAPT-VQE: the grown <see cref="Ansatz"/> (operators in selection order, one parameter each), its
/// optimal <see cref="Parameters"/>, <see cref="Energy"/> (hartree), the growth <see cref="Iterations"/>, the total
/// energy and gradient evaluations over all re-optimisations, the stop reason and the final gradient norm (NaN when
/// cancelled before the next gradient was computed).
/// </summary>
public sealed record AdaptVqeResult(
    ExcitationAnsatz Ansatz,
    double Energy,
    IReadOnlyList<double> Parameters,
    IReadOnlyList<AdaptVqeIteration> Iterations,
    int Evaluations,
    int GradientEvaluations,
    AdaptExitReason ExitReason,
    double FinalGradientNorm,
    double Seconds)
{
    /// <summary>True when the gradient-norm test was met.</summary>
    public bool Converged => ExitReason == AdaptExitReason.GradientConverged;

    /// <summary>The operators chosen, in order.</summary>
    public IReadOnlyList<FermionicExcitation> Operators => Iterations.Select(i => i.Operator).ToArray();

    public bool Equals(AdaptVqeResult? other) =>
        other is not null && Energy.Equals(other.Energy) && Parameters.SequenceEqual(other.Parameters)
        && Iterations.SequenceEqual(other.Iterations) && Evaluations == other.Evaluations && GradientEvaluations == other.GradientEvaluations
        && ExitReason == other.ExitReason && FinalGradientNorm.Equals(other.FinalGradientNorm) && Seconds.Equals(other.Seconds);

    public override int GetHashCode() => HashCode.Combine(Energy, Iterations.Count, ExitReason);
}
