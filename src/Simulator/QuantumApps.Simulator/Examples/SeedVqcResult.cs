namespace QuantumApps.Simulator.Examples;

/// <summary>
/// ⟨Z₀⟩ of the seed variational classifier circuit and its gradient with respect to the six weights
/// (φ₀, θ₀, ω₀, φ₁, θ₁, ω₁) and the two inputs (x₀, x₁), from adjoint differentiation.
/// </summary>
public sealed record SeedVqcResult(double Value, IReadOnlyList<double> Gradient, IReadOnlyList<double> InputGradient, string Qasm)
{
    public bool Equals(SeedVqcResult? other) =>
        other is not null && Value.Equals(other.Value) && Gradient.SequenceEqual(other.Gradient)
        && InputGradient.SequenceEqual(other.InputGradient) && Qasm == other.Qasm;

    public override int GetHashCode() => HashCode.Combine(Value, Gradient.Count, Qasm);
}
