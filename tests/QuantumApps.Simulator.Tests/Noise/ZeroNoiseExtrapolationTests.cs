using System.Numerics;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Noise;

/// <summary>Gate folding preserves the ideal circuit; Richardson's algebraic law; ZNE without noise changes nothing.</summary>
public class ZeroNoiseExtrapolationTests
{
    /// <summary>One gate of every kind with an inverse rule, parameterised where the kind takes angles.</summary>
    private static Circuit EveryKind()
    {
        double r = 1 / Math.Sqrt(2);
        var b = new CircuitBuilder(3, 2);
        b.H(0).X(1).Y(2).Z(0).S(1).Sdg(2).T(0).Tdg(1).SX(2).I(0)
            .Rx(0, Angle.Parameter(0)).Ry(1, Angle.Parameter(1, 0.5, 0.2)).Rz(2, 0.3).PhaseShift(0, Angle.Parameter(0, -1))
            .Rot(1, 0.1, Angle.Parameter(1), 0.4).U3(2, 0.5, Angle.Parameter(0), -0.7)
            .Cnot(0, 1).Cz(1, 2).Swap(0, 2).Crx(0, 1, Angle.Parameter(1)).Cry(1, 2, 0.9).Crz(2, 0, Angle.Parameter(0, 2))
            .Unitary1(1, [r, new Complex(0, r), new Complex(0, r), r])
            .Unitary2(0, 2, [1, 0, 0, 0, 0, r, r, 0, 0, new Complex(0, r), new Complex(0, -r), 0, 0, 0, 0, Complex.ImaginaryOne])
            .PauliRotation(PauliString.Parse("X0 Y1 Z2"), Angle.Parameter(1))
            .DiagonalPhase(PauliSum.Parse("0.7 Z0 Z1\n0.2 Z2"), Angle.Parameter(0));
        return b.Build();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void FoldedCircuitEqualsTheOriginalAmplitudeByAmplitude(int scale)
    {
        var c = EveryKind();
        var folded = ZeroNoiseExtrapolation.Fold(c, scale);
        Assert.Equal(scale * c.Gates.Count, folded.Gates.Count);
        Assert.Equal(c.NumParameters, folded.NumParameters);
        double[] theta = [0.83, -1.27];
        var a = c.Run(theta).Amplitudes.ToArray();
        var f = folded.Run(theta).Amplitudes.ToArray();
        for (int i = 0; i < a.Length; i++) Assert.True((a[i] - f[i]).Magnitude < Tolerances.Unitary, $"amplitude {i}: {a[i]} vs {f[i]}");
        Assert.Throws<QuantumAppsException>(() => ZeroNoiseExtrapolation.Fold(c, 2));
    }

    [Fact]
    public void ZneOfANoiselessCircuitReturnsTheNoiselessValue()
    {
        var c = EveryKind();
        var h = PauliSum.Parse("0.5 Z0 Z1\n-0.3 X2\n0.2 Y0 Y2\n1.1");
        double[] theta = [0.4, 1.9];
        double exact = c.Run(theta).Expectation(h);
        var zne = ZeroNoiseExtrapolation.Estimate(c, folded => NoisyEstimator.Exact(folded, theta, h, NoiseModel.None));
        Assert.Equal([1.0, 3.0, 5.0], zne.ScaleFactors);
        foreach (double v in zne.Values) Assert.Equal(exact, v, Tolerances.Accumulated);
        Assert.Equal(exact, zne.Richardson, Tolerances.Accumulated);
        Assert.Equal(exact, zne.Linear, Tolerances.Accumulated);
    }

    /// <summary>Richardson through k points is the Lagrange interpolant at 0: exact for every polynomial of degree ≤ k − 1, not for degree k.</summary>
    [Theory]
    [InlineData(new double[] { 1, 3, 5 })]
    [InlineData(new double[] { 1, 2, 3, 5 })]
    [InlineData(new double[] { 1, 1.5 })]
    public void RichardsonIsExactForPolynomialsOfDegreeBelowThePointCount(double[] scales)
    {
        var rng = new Random(17);
        int k = scales.Length;
        for (int trial = 0; trial < 20; trial++)
        {
            var coeffs = Enumerable.Range(0, k + 1).Select(_ => 2 * rng.NextDouble() - 1).ToArray();
            double P(double x, int degree) => Enumerable.Range(0, degree + 1).Sum(j => coeffs[j] * Math.Pow(x, j));
            // rounding: Lagrange weights up to ~10 times values up to ~k·5^(k−1); 1e-11 absolute leaves margin
            Assert.Equal(coeffs[0], ZeroNoiseExtrapolation.Richardson(scales, scales.Select(x => P(x, k - 1)).ToArray()), 1e-11);
            // degree k: the error is c_k·(−1)^(k+1)·Πλ_i, far from zero
            double err = ZeroNoiseExtrapolation.Richardson(scales, scales.Select(x => P(x, k)).ToArray()) - coeffs[0];
            double predicted = coeffs[k] * (k % 2 == 1 ? 1 : -1) * scales.Aggregate(1.0, (a, b) => a * b);
            Assert.Equal(predicted, err, 1e-10);
        }
    }

    [Fact]
    public void LinearIsExactForLinesAndRefusesBadInput()
    {
        double[] x = [1, 3, 5];
        Assert.Equal(0.25, ZeroNoiseExtrapolation.Linear(x, x.Select(v => 0.25 - 0.1 * v).ToArray()), Tolerances.Unitary);
        Assert.Throws<QuantumAppsException>(() => ZeroNoiseExtrapolation.Richardson([1, 1], [0.1, 0.2]));
        Assert.Throws<QuantumAppsException>(() => ZeroNoiseExtrapolation.Linear([1], [0.1]));
        Assert.Throws<QuantumAppsException>(() => ZeroNoiseExtrapolation.Richardson([1, 3], [0.1]));
    }

    /// <summary>
    /// Folding multiplies a depolarizing channel's strength: one qubit, X gates only, p₁ per gate. Each gate maps ⟨Z⟩ → −(1 − 4p/3)⟨Z⟩
    /// (the channel keeps Z with weight 1 − 4p/3, X gates flip the sign), so n gates folded at λ give |⟨Z⟩| = (1 − 4p/3)^(λn).
    /// </summary>
    [Fact]
    public void FoldingMultipliesTheGateNoiseByTheScaleFactor()
    {
        var b = new CircuitBuilder(1);
        for (int i = 0; i < 4; i++) b.X(0);
        var c = b.Build();
        var z = PauliSum.Parse("1 Z0");
        const double p = 0.01;
        foreach (int scale in new[] { 1, 3, 5 })
            Assert.Equal(Math.Pow(1 - 4 * p / 3, 4 * scale), NoisyEstimator.Exact(ZeroNoiseExtrapolation.Fold(c, scale), [], z, new NoiseModel(p)), Tolerances.Accumulated);
    }
}
