using System.Text.Json;

namespace QuantumApps.Cli.Tests;

public class ExampleCommandTests
{
    [Fact]
    public void Seed_vqc_prints_the_analytic_value_and_gradient()
    {
        // Independent analytic derivation: CNOT(0→1) leaves ⟨Z0⟩ unchanged, and on wire 0
        // RZ(ω)RY(θ)RZ(φ)RY(x0)|0⟩ gives ⟨Z⟩ = cos θ cos x0 − sin θ sin x0 cos φ.
        double x0 = 0.5, phi = 0.1, theta = 0.2;
        double expected = Math.Cos(theta) * Math.Cos(x0) - Math.Sin(theta) * Math.Sin(x0) * Math.Cos(phi);
        double dTheta = -Math.Sin(theta) * Math.Cos(x0) - Math.Cos(theta) * Math.Sin(x0) * Math.Cos(phi);
        double dPhi = Math.Sin(theta) * Math.Sin(x0) * Math.Sin(phi);
        var r = CliProcess.Run("example", "vqc", "--x", "0.5,0.8", "--params", "0.1,0.2,0.3,0.4,0.5,0.6", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var root = JsonDocument.Parse(r.StdOut).RootElement;
        // Tolerance 1e-12: both are double-precision evaluations of the same closed form / unitary.
        Assert.Equal(expected, root.GetProperty("expectationZ0").GetDouble(), 12);
        Assert.Equal(dTheta, root.GetProperty("gradient").GetProperty("theta0").GetDouble(), 12);
        Assert.Equal(dPhi, root.GetProperty("gradient").GetProperty("phi0").GetDouble(), 12);
        Assert.Equal(0.0, root.GetProperty("gradient").GetProperty("theta1").GetDouble(), 12);
    }

    [Fact]
    public void Wrong_parameter_count_is_a_clear_error()
    {
        var r = CliProcess.Run("example", "vqc", "--params", "0.1,0.2");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("6 weights", r.StdErr);
    }
}
