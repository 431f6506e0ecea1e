using QuantumApps.Simulator.Noise;

namespace QuantumApps.Simulator.Tests.Noise;

/// <summary>Parsing of <c>--noise depolarizing:p1,p2[;damping:g][;readout:r]</c>.</summary>
public class NoiseModelTests
{
    [Fact]
    public void ParsesFullSpecInAnyOrder()
    {
        var a = NoiseModel.Parse("depolarizing:0.001,0.01;damping:0.002;readout:0.03");
        var b = NoiseModel.Parse(" readout:0.03 ; damping:0.002;depolarizing: 0.001 , 0.01 ");
        Assert.Equal(new NoiseModel(0.001, 0.01, 0.002, 0.03), a);
        Assert.Equal(a, b);
        Assert.Equal(a, NoiseModel.Parse(a.ToString()));
    }

    [Fact]
    public void DepolarizingAloneAndNone()
    {
        Assert.Equal(new NoiseModel(0.01, 0.02), NoiseModel.Parse("depolarizing:0.01,0.02"));
        Assert.True(NoiseModel.Parse("none").IsNoiseless);
        Assert.False(NoiseModel.Parse("readout:0.1").IsNoiseless);
        Assert.True(NoiseModel.Parse("readout:0.1").IsGateNoiseless);
    }

    [Theory]
    [InlineData("depolarizing:1.5,0.1", "outside [0, 1]")]
    [InlineData("depolarizing:0.1,-0.1", "outside [0, 1]")]
    [InlineData("depolarizing:0.1", "two probabilities")]
    [InlineData("depolarizing:0.1,abc", "not a number")]
    [InlineData("damping:2", "outside [0, 1]")]
    [InlineData("damping:0.1,0.2", "one probability")]
    [InlineData("readout:NaN", "outside [0, 1]")]
    [InlineData("thermal:0.1", "unknown channel 'thermal'")]
    [InlineData("depolarizing 0.1,0.1", "name:value")]
    [InlineData("damping:0.1;damping:0.2", "given twice")]
    [InlineData("", "empty")]
    public void BadSpecsGiveClearErrors(string spec, string expected)
    {
        var ex = Assert.Throws<QuantumAppsException>(() => NoiseModel.Parse(spec));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void ConstructorRejectsOutOfRange()
    {
        Assert.Throws<QuantumAppsException>(() => new NoiseModel(-0.1));
        Assert.Throws<QuantumAppsException>(() => new NoiseModel(0, 0, 0, 1.01));
    }
}
