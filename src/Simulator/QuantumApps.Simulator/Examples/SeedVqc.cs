using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.Examples;

/// <summary>
/// The seed example of the project's source article (a PennyLane variational-classifier tutorial): two qubits,
/// data encoding RY(x₀) on wire 0 and RY(x₁) on wire 1, then Rot(φ₀, θ₀, ω₀) on wire 0 and Rot(φ₁, θ₁, ω₁) on
/// wire 1 (Rot(φ, θ, ω) = RZ(ω)RY(θ)RZ(φ)), then CNOT(0 → 1); the output is ⟨Z₀⟩. The circuit's parameter vector
/// is [x₀, x₁, φ₀, θ₀, ω₀, φ₁, θ₁, ω₁]; the weights are the last six. Angles in radians.
/// </summary>
public static class SeedVqc
{
    /// <summary>The circuit, built once (8 parameters: inputs then weights).</summary>
    public static Circuit Circuit { get; } = new CircuitBuilder(2)
        .Ry(0, Angle.Parameter(0))
        .Ry(1, Angle.Parameter(1))
        .Rot(0, Angle.Parameter(2), Angle.Parameter(3), Angle.Parameter(4))
        .Rot(1, Angle.Parameter(5), Angle.Parameter(6), Angle.Parameter(7))
        .Cnot(0, 1)
        .Build();

    /// <summary>The observable Z on wire 0.</summary>
    public static PauliSum Observable { get; } = PauliSum.FromTerm(2, PauliString.Single('Z', 0), 1);

    /// <summary>
    /// ⟨Z₀⟩ and its gradient for inputs <paramref name="x"/> = (x₀, x₁) and weights
    /// <paramref name="params6"/> = (φ₀, θ₀, ω₀, φ₁, θ₁, ω₁), plus the bound circuit as OpenQASM 2.0.
    /// </summary>
    public static SeedVqcResult Evaluate(double[] x, double[] params6)
    {
        if (x.Length != 2) throw new QuantumAppsException($"the seed VQC takes 2 inputs x, {x.Length} were given");
        if (params6.Length != 6) throw new QuantumAppsException($"the seed VQC takes 6 weights (φ0,θ0,ω0,φ1,θ1,ω1), {params6.Length} were given");
        double[] p = [x[0], x[1], .. params6];
        var g = AdjointDifferentiation.Gradient(Circuit, Observable, p);
        return new SeedVqcResult(g.Value, g.Gradient.Skip(2).ToArray(), g.Gradient.Take(2).ToArray(), Circuit.ToQasm(p));
    }
}
