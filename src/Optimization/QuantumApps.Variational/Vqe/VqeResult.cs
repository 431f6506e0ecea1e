using QuantumApps.Optimizers;

namespace QuantumApps.Variational.Vqe;

/// <summary>
/// Immutable outcome of a VQE run. <see cref="Energy"/> = ⟨ψ(θ*)|H|ψ(θ*)⟩ at the best parameters ever evaluated
/// (hartree, exact state-vector expectation); it is the best energy also when the optimizer did not converge —
/// <see cref="ExitReason"/> says why it stopped. <see cref="EnergyTrace"/> is the best energy after each optimizer
/// iteration (non-increasing). <see cref="Evaluations"/> counts all energy evaluations, <see cref="GradientEvaluations"/>
/// those that also computed the adjoint gradient.
/// </summary>
public sealed record VqeResult(
    string Ansatz,
    string Optimizer,
    int NumQubits,
    double Energy,
    IReadOnlyList<double> Parameters,
    int Evaluations,
    int GradientEvaluations,
    int Iterations,
    ExitReason ExitReason,
    double Seconds,
    IReadOnlyList<double> EnergyTrace)
{
    /// <summary>True when the optimizer's convergence test was met.</summary>
    public bool Converged => ExitReason == ExitReason.Converged;

    public bool Equals(VqeResult? other) =>
        other is not null && Ansatz == other.Ansatz && Optimizer == other.Optimizer && NumQubits == other.NumQubits
        && Energy.Equals(other.Energy) && Parameters.SequenceEqual(other.Parameters) && Evaluations == other.Evaluations
        && GradientEvaluations == other.GradientEvaluations && Iterations == other.Iterations && ExitReason == other.ExitReason
        && Seconds.Equals(other.Seconds) && EnergyTrace.SequenceEqual(other.EnergyTrace);

    public override int GetHashCode() => HashCode.Combine(Ansatz, Optimizer, Energy, Evaluations, ExitReason);
}
