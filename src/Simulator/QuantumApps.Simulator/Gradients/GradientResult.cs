namespace QuantumApps.Simulator.Gradients;

/// <summary>
/// E(θ) = ⟨ψ(θ)|H|ψ(θ)⟩ and its gradient ∂E/∂θ_j with respect to every circuit parameter j (same order as the
/// parameter vector), computed by <see cref="Method"/> ("adjoint" or "parameter-shift"). <see cref="CircuitRuns"/>
/// counts full circuit applications (forward or backward sweeps), a machine-independent cost measure.
/// </summary>
public sealed record GradientResult(double Value, IReadOnlyList<double> Gradient, string Method, int CircuitRuns)
{
    public bool Equals(GradientResult? other) =>
        other is not null && Value.Equals(other.Value) && Method == other.Method && CircuitRuns == other.CircuitRuns
        && Gradient.SequenceEqual(other.Gradient);

    public override int GetHashCode() => HashCode.Combine(Value, Method, CircuitRuns, Gradient.Count);
}
