using QuantumApps.Simulator.Examples;
using QuantumApps.Simulator.Gradients;

namespace QuantumApps.Simulator.Tests.Examples;

public class SeedVqcTests
{
    /// <summary>Closed form vs simulation: rounding only.</summary>
    private const double AnalyticTolerance = 1e-12;

    /// <summary>
    /// Independent derivation (Bloch vectors): RY(x₀)|0⟩ has Bloch vector (sin x₀, 0, cos x₀); RZ(φ) rotates it about z to
    /// (sin x₀ cos φ, sin x₀ sin φ, cos x₀); RY(θ) maps z ↦ −x sin θ + z cos θ; RZ(ω) keeps z. CNOT with control 0 commutes
    /// with Z₀, so ⟨Z₀⟩ = cos θ cos x₀ − sin θ sin x₀ cos φ, independent of ω and of every wire-1 parameter.
    /// </summary>
    private static (double Value, double[] Weights, double[] Inputs) Analytic(double x0, double phi, double theta)
    {
        double value = Math.Cos(theta) * Math.Cos(x0) - Math.Sin(theta) * Math.Sin(x0) * Math.Cos(phi);
        double dPhi = Math.Sin(theta) * Math.Sin(x0) * Math.Sin(phi);
        double dTheta = -Math.Sin(theta) * Math.Cos(x0) - Math.Cos(theta) * Math.Sin(x0) * Math.Cos(phi);
        double dX0 = -Math.Cos(theta) * Math.Sin(x0) - Math.Sin(theta) * Math.Cos(x0) * Math.Cos(phi);
        return (value, [dPhi, dTheta, 0, 0, 0, 0], [dX0, 0]);
    }

    [Theory]
    [InlineData(0.5, 0.8, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)]
    [InlineData(-1.3, 2.2, 2.9, -0.7, 1.1, 0.0, -2.5, 0.9)]
    [InlineData(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)]
    public void ValueAndGradientMatchTheClosedForm(double x0, double x1, double a, double b, double c, double d, double e, double f)
    {
        var r = SeedVqc.Evaluate([x0, x1], [a, b, c, d, e, f]);
        var (value, weights, inputs) = Analytic(x0, a, b);
        Assert.Equal(value, r.Value, AnalyticTolerance);
        for (int j = 0; j < 6; j++) Assert.Equal(weights[j], r.Gradient[j], AnalyticTolerance);
        for (int j = 0; j < 2; j++) Assert.Equal(inputs[j], r.InputGradient[j], AnalyticTolerance);
    }

    /// <summary>Central differences (step 1e-6) in the reference program agree with the exact values to ~1e-9.</summary>
    private const double ReferenceProgramTolerance = 1e-8;

    [Fact]
    public void ReferencePointMatchesAnIndependentProgram()
    {
        // Reference: a pure-Python (3.x, no libraries) 4×4 matrix simulation of the same circuit written for this
        // test (Rot = RZ(ω)RY(θ)RZ(φ), qubit 0 least significant), value and central differences with h = 1e-6:
        // ⟨Z0⟩ = 0.7653180263082264, ∂/∂(φ0, θ0, ω0, φ1, θ1, ω1) = (0.00950884848638367, −0.6418702996890957, 0, 0, 0, 0).
        var r = SeedVqc.Evaluate([0.5, 0.8], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
        Assert.Equal(0.7653180263082264, r.Value, AnalyticTolerance);
        double[] reference = [0.00950884848638367, -0.6418702996890957, 0, 0, 0, 0];
        for (int j = 0; j < 6; j++) Assert.Equal(reference[j], r.Gradient[j], ReferenceProgramTolerance);
        Assert.StartsWith("OPENQASM 2.0;", r.Qasm);
    }

    [Fact]
    public void ParameterShiftAgreesWithAdjointOnTheSeedCircuit()
    {
        double[] p = [0.5, 0.8, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
        var a = AdjointDifferentiation.Gradient(SeedVqc.Circuit, SeedVqc.Observable, p);
        var s = ParameterShift.Gradient(SeedVqc.Circuit, SeedVqc.Observable, p);
        for (int j = 0; j < p.Length; j++) Assert.Equal(a.Gradient[j], s.Gradient[j], 1e-10);
        Assert.Equal(1, SeedVqc.Circuit.CnotCount);
        Assert.Equal(8, SeedVqc.Circuit.NumParameters);
    }

    [Fact]
    public void WrongInputLengthsAreRefused()
    {
        Assert.Throws<QuantumAppsException>(() => SeedVqc.Evaluate([0.5], [0, 0, 0, 0, 0, 0]));
        Assert.Throws<QuantumAppsException>(() => SeedVqc.Evaluate([0.5, 0.8], [0, 0, 0]));
    }
}
