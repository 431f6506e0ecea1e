using QuantumApps.Optimizers;

namespace QuantumApps.Optimizers.Tests;

/// <summary>
/// SPSA never ends worse than its start, and its automatic gain keeps the first step's length at
/// <see cref="OptimizerSettings.InitialStep"/> whatever the dimension (issue 13 item 8; Spall 1998 §III,
/// Kandala et al. 2017 supplement).
/// </summary>
public sealed class SpsaCalibrationTests
{
    /// <summary>f = Σ_i (1 − cos(x_i − θ_i)): a VQE-like periodic landscape with the minimum 0 at θ.</summary>
    private static FunctionObjective Periodic(double[] theta) => new(theta.Length, x =>
    {
        double f = 0;
        for (int i = 0; i < theta.Length; i++)
        {
            f += 1 - Math.Cos(x[i] - theta[i]);
        }

        return f;
    });

    [Fact]
    public void StartingAtTheMinimumReturnsTheStart()
    {
        // Every other point is worse, so the best point seen must be the start itself, exactly: the start is
        // evaluated (before issue 13 only x₀ ± cΔ and later iterates were, and the best of those was returned).
        var theta = new double[5];
        var result = new SpsaOptimizer().Minimize(Periodic(theta), (double[])theta.Clone(), new OptimizerSettings { MaxIterations = 50 }, new Random(3));
        Assert.Equal(0.0, result.BestValue);
        Assert.All(result.BestPoint, x => Assert.Equal(0.0, x));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(92)]
    public void TheFirstStepHasTheCalibratedLength(int n)
    {
        // The evaluations are: the start, 25 calibration pairs x₀ ± cΔ, then iteration 0's pair x₁' ± c₀Δ around x₀,
        // then iteration 1's pair around x₁, so x₁ = midpoint of evaluations 53 and 54 (1-based). Its distance from x₀
        // is a₀|ĝ₀|√n = InitialStep·|ĝ₀|/mean|ĝ| (a₀ = a/(A+1)^0.602), i.e. InitialStep up to the spread of one gradient
        // sample around the calibration mean; a factor 4 either way is allowed for that spread. With the old
        // per-coordinate calibration the length was InitialStep·√n (4.8 rad for LiH UCCSD's 92 angles).
        var rng = new Random(17);
        var theta = Enumerable.Range(0, n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var points = new List<double[]>();
        var inner = Periodic(theta);
        var recording = new FunctionObjective(n, x =>
        {
            points.Add(x.ToArray());
            return inner.Value(x);
        });
        var settings = new OptimizerSettings { MaxIterations = 5 };
        new SpsaOptimizer().Minimize(recording, new double[n], settings, new Random(5));
        var x1 = points[52].Zip(points[53], (a, b) => 0.5 * (a + b)).ToArray();
        double length = Math.Sqrt(x1.Sum(v => v * v));
        Assert.InRange(length, settings.InitialStep / 4, settings.InitialStep * 4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheBestValueNeverExceedsTheStartValue(int seed)
    {
        // Rosenbrock from (−1.2, 1) with a deliberately huge gain: iterates diverge, the result must still be the
        // start (f = 24.2) or better.
        var objective = StandardFunctions.Rosenbrock(2);
        double[] start = [-1.2, 1.0];
        double f0 = objective.Value(start);
        var result = new SpsaOptimizer().Minimize(objective, start, new OptimizerSettings { MaxIterations = 30, LearningRate = 50 }, new Random(seed));
        Assert.True(result.BestValue <= f0);
    }
}
