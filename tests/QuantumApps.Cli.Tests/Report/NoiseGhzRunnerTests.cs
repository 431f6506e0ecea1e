using System.Text.Json;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Tests.Report;

/// <summary><c>noise ghz</c>: closed forms for the GHZ state and agreement of the two noisy simulators.</summary>
public class NoiseGhzRunnerTests
{
    /// <summary>Closed-form values are a few operations on 4^n elements.</summary>
    private const double Exactness = 1e-12;

    /// <summary>Shot estimates agree with the exact value within 4 standard errors (a 4σ band of a CLT estimate).</summary>
    private const double StandardErrors = 4.0;

    private static JsonElement RunJson(string noise, int qubits = 3)
    {
        var sw = new StringWriter();
        Assert.Equal(0, NoiseGhzRunner.Run(new NoiseGhzOptions(noise, qubits, 20_000, 100, 3, OutputFormat.Json), sw));
        return JsonDocument.Parse(sw.ToString()).RootElement;
    }

    [Fact]
    public void NoiselessGhzIsIdeal()
    {
        var j = RunJson("none");
        Assert.Equal(1.0, j.GetProperty("fidelity").GetDouble(), Exactness);
        foreach (var o in j.GetProperty("observables").EnumerateArray())
            Assert.Equal(o.GetProperty("ideal").GetDouble(), o.GetProperty("exact").GetDouble(), Exactness);
    }

    [Fact]
    public void ReadoutOnlyAttenuatesByOneMinusTwoRPerMeasuredBit()
    {
        // readout r = 0.1 on ⟨Z0 Z1⟩ = 1: (1 − 2r)² = 0.64; on ⟨X⊗3⟩ = 1: (1 − 2r)³ = 0.512 (ReadoutError docs)
        var j = RunJson("readout:0.1");
        var obs = j.GetProperty("observables").EnumerateArray().ToList();
        Assert.Equal(0.64, obs[0].GetProperty("exact").GetDouble(), Exactness);
        Assert.Equal(0.512, obs[1].GetProperty("exact").GetDouble(), Exactness);
        Assert.Equal(1.0, j.GetProperty("fidelity").GetDouble(), Exactness);
        foreach (var o in obs)
            Assert.True(Math.Abs(o.GetProperty("estimate").GetDouble() - o.GetProperty("exact").GetDouble()) < StandardErrors * o.GetProperty("standardError").GetDouble() + 1e-12);
    }

    [Fact]
    public void NoisyEstimatesAgreeWithDensityMatrix()
    {
        var j = RunJson("depolarizing:0.02,0.05;damping:0.03;readout:0.02", qubits: 4);
        Assert.True(j.GetProperty("fidelity").GetDouble() < 0.95);
        foreach (var o in j.GetProperty("observables").EnumerateArray())
        {
            double d = Math.Abs(o.GetProperty("estimate").GetDouble() - o.GetProperty("exact").GetDouble());
            Assert.True(d < StandardErrors * o.GetProperty("standardError").GetDouble(), $"{o.GetProperty("observable")}: {d}");
        }
    }

    [Theory]
    [InlineData("depolarizing:2,0.1", "outside [0, 1]")]
    [InlineData("bitflip:0.1", "unknown channel")]
    public void BadNoiseSpecIsAClearError(string spec, string expected)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => NoiseGhzRunner.Run(new NoiseGhzOptions(spec, 3, 100, 10, 1, OutputFormat.Table), TextWriter.Null));
        Assert.Contains(expected, ex.Message);
    }
}
