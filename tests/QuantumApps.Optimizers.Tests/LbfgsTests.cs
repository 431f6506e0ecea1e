using QuantumApps.Optimizers;

namespace QuantumApps.Optimizers.Tests;

/// <summary>
/// Contracts of our own L-BFGS beyond those shared by all optimizers: the scale of the first line-search trial
/// (the reason it replaced MathNet's, whose first trial is 100·tol/|g|²), non-finite values, and the cost of a
/// convex quadratic.
/// </summary>
public sealed class LbfgsTests
{
    /// <summary>The trial point is x₀ − α g computed in doubles; its distance from x₀ is exact to rounding.</summary>
    private const double StepLengthTolerance = 1e-12;

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(1e-3, 0.5)]
    [InlineData(1.0, 0.1)]
    public void FirstTrialStepHasLengthMinOfGradientNormAndInitialStep(double curvature, double initialStep)
    {
        // f = a Σ x², x₀ = (1, −0.5, 0.25): g₀ = 2a x₀, so the first trial lies min(|g₀|, Δ) from x₀ along −g₀.
        double[] start = [1.0, -0.5, 0.25];
        var points = new List<double[]>();
        var objective = new FunctionObjective(3, x => Quadratic(curvature, x, default), (x, g) =>
        {
            points.Add(x.ToArray());
            return Quadratic(curvature, x, g);
        });
        new LbfgsOptimizer().Minimize(objective, start, new OptimizerSettings { InitialStep = initialStep }, new Random(1));

        double gradientNorm = 2 * curvature * Math.Sqrt(1 + 0.25 + 0.0625);
        double expected = Math.Min(gradientNorm, initialStep);
        double length = Math.Sqrt(points[1].Zip(start, (a, b) => (a - b) * (a - b)).Sum());
        Assert.Equal(expected, length, StepLengthTolerance);
        Assert.Equal(start, points[0]);
    }

    [Fact]
    public void ConvexQuadraticNeedsFewEvaluations()
    {
        // Booth is a convex quadratic in 2 variables: with a Wolfe line search using cubic interpolation (exact
        // for a quadratic along a line), BFGS-type updates reach the minimum in about n + 1 = 3 steps
        // (Nocedal & Wright 2006, Theorem 6.4, quadratic termination). 15 evaluations allow a few line-search
        // trials per step; MathNet's doubling start alone used about 20.
        const int EvaluationBound = 15;
        var result = new LbfgsOptimizer().Minimize(StandardFunctions.Booth(), [0.0, 0.0], new OptimizerSettings(), new Random(1));

        Assert.Equal(ExitReason.Converged, result.ExitReason);
        Assert.True(result.Evaluations <= EvaluationBound, $"{result.Evaluations} evaluations");
    }

    [Fact]
    public void NonFiniteStartIsReportedAfterOneEvaluation()
    {
        var objective = new FunctionObjective(1, _ => double.NaN, (_, g) =>
        {
            g[0] = 1;
            return double.NaN;
        });
        var result = new LbfgsOptimizer().Minimize(objective, [0.5], new OptimizerSettings(), new Random(1));

        Assert.Equal(ExitReason.NonFiniteValue, result.ExitReason);
        Assert.Equal(1, result.Evaluations);
    }

    [Fact]
    public void NonFiniteTrialIsBacktrackedFrom()
    {
        // f = (x − 1)² for x < 1.5 and +∞ beyond: from x₀ = 0 with Δ = 2 the first trial x = 2 is infinite;
        // the search must bisect back into the finite region and still converge to x = 1.
        const double PointTolerance = 1e-6;
        var objective = new FunctionObjective(1, x => Wall(x, default), Wall);
        var result = new LbfgsOptimizer().Minimize(objective, [0.0], new OptimizerSettings { InitialStep = 2.0 }, new Random(1));

        Assert.Equal(ExitReason.Converged, result.ExitReason);
        Assert.Equal(1.0, result.BestPoint[0], PointTolerance);
    }

    private static double Quadratic(double a, ReadOnlySpan<double> x, Span<double> g)
    {
        double f = 0;
        for (int i = 0; i < x.Length; i++)
        {
            f += a * x[i] * x[i];
            if (!g.IsEmpty)
            {
                g[i] = 2 * a * x[i];
            }
        }

        return f;
    }

    private static double Wall(ReadOnlySpan<double> x, Span<double> g)
    {
        bool inside = x[0] < 1.5;
        if (!g.IsEmpty)
        {
            g[0] = inside ? 2 * (x[0] - 1) : double.PositiveInfinity;
        }

        return inside ? (x[0] - 1) * (x[0] - 1) : double.PositiveInfinity;
    }
}
