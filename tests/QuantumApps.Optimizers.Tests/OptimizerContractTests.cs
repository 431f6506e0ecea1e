using QuantumApps.Optimizers;

namespace QuantumApps.Optimizers.Tests;

/// <summary>Contract tests shared by all optimizers: honest counts, best-ever point, budgets, seeds, exit reasons.</summary>
public sealed class OptimizerContractTests
{
    /// <summary>f(BestPoint) must reproduce BestValue bit for bit: the same deterministic function at the same point.</summary>
    private const double SameEvaluationTolerance = 0.0;

    private static readonly OptimizerSettings ModestSettings = new() { MaxIterations = 200, LearningRate = null };

    public static TheoryData<string> AllNames() => new(OptimizerFactory.Names);

    [Theory]
    [MemberData(nameof(AllNames))]
    public void EvaluationCountsMatchAnIndependentCounter(string name)
    {
        var counted = new CallCountingObjective(StandardFunctions.Rosenbrock(2));
        var result = OptimizerFactory.Create(name).Minimize(counted, [-1.2, 1.0], ModestSettings, new Random(7));

        Assert.Equal(counted.ValueCalls + counted.GradientCalls, result.Evaluations);
        Assert.Equal(counted.GradientCalls, result.GradientEvaluations);
        Assert.True(result.Evaluations > 1);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void BestPointIsBestEverEvaluatedAndTraceIsMonotone(string name)
    {
        var objective = StandardFunctions.Beale();
        var result = OptimizerFactory.Create(name).Minimize(objective, [1.0, 1.0], ModestSettings, new Random(7));

        Assert.Equal(result.BestValue, objective.Value(result.BestPoint.ToArray()), SameEvaluationTolerance);
        Assert.True(result.BestValue <= objective.Value([1.0, 1.0]), "best value cannot be worse than the start");
        for (int i = 1; i < result.Trace.Count; i++)
        {
            Assert.True(result.Trace[i] <= result.Trace[i - 1], $"trace rises at {i}");
        }

        Assert.Equal(result.Iterations, result.Trace.Count);
        Assert.Equal(result.BestValue, result.Trace[^1]);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void SameSeedGivesIdenticalResult(string name)
    {
        var a = OptimizerFactory.Create(name).Minimize(StandardFunctions.Booth(), [0.0, 0.0], ModestSettings, new Random(99));
        var b = OptimizerFactory.Create(name).Minimize(StandardFunctions.Booth(), [0.0, 0.0], ModestSettings, new Random(99));

        Assert.Equal(a, b);
    }

    [Fact]
    public void SpsaDependsOnTheSeed()
    {
        // Guards the reproducibility test above against an SPSA that ignores its Random.
        var spsa = new SpsaOptimizer();
        var a = spsa.Minimize(StandardFunctions.Booth(), [0.0, 0.0], ModestSettings, new Random(1));
        var b = spsa.Minimize(StandardFunctions.Booth(), [0.0, 0.0], ModestSettings, new Random(2));

        Assert.NotEqual(a.BestPoint, b.BestPoint);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void EvaluationBudgetIsRespected(string name)
    {
        const int budget = 7;
        var counted = new CallCountingObjective(StandardFunctions.Rosenbrock(2));
        var settings = new OptimizerSettings { MaxEvaluations = budget, LearningRate = 1e-4 };
        var result = OptimizerFactory.Create(name).Minimize(counted, [-1.2, 1.0], settings, new Random(3));

        Assert.Equal(ExitReason.MaxEvaluations, result.ExitReason);
        Assert.Equal(budget, counted.ValueCalls + counted.GradientCalls);
        Assert.Equal(budget, result.Evaluations);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("adam")]
    public void GradientMethodsReportAStationaryStart(string name)
    {
        // The sphere's gradient is exactly zero at the origin, like VQE started at a stationary reference state.
        var result = OptimizerFactory.Create(name).Minimize(StandardFunctions.Sphere(3), [0.0, 0.0, 0.0], new OptimizerSettings(), new Random(1));

        Assert.Equal(ExitReason.StationaryStart, result.ExitReason);
        Assert.False(result.Converged);
        Assert.Equal(1, result.Evaluations);
        Assert.Equal(0.0, result.BestValue);
    }

    [Fact]
    public void LbfgsLineSearchFailureReturnsBestPointWithHonestReason()
    {
        // f = |x| has a kink at 0; its "gradient" sign(x) never vanishes, so the Wolfe line search must fail
        // near 0 instead of converging. The optimizer must not throw and must report a non-converged exit.
        var kink = new FunctionObjective(1, x => Math.Abs(x[0]), (x, g) =>
        {
            g[0] = x[0] >= 0 ? 1.0 : -1.0;
            return Math.Abs(x[0]);
        });
        var result = new LbfgsOptimizer().Minimize(kink, [0.3], new OptimizerSettings { GradientTolerance = 1e-12 }, new Random(1));

        Assert.NotEqual(ExitReason.Converged, result.ExitReason);
        Assert.Equal(Math.Abs(result.BestPoint[0]), result.BestValue);
        Assert.True(result.BestValue < 0.3);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("adam")]
    public void GradientMethodsRefuseObjectivesWithoutGradient(string name)
    {
        var valueOnly = new FunctionObjective(1, x => x[0] * x[0]);

        var error = Assert.Throws<ArgumentException>(() =>
            OptimizerFactory.Create(name).Minimize(valueOnly, [1.0], new OptimizerSettings(), new Random(1)));
        Assert.Contains("gradient", error.Message);
    }

    [Fact]
    public void FactoryKnowsEveryNameAndRejectsUnknownOnesListingValidNames()
    {
        foreach (string name in OptimizerFactory.Names)
        {
            Assert.Equal(name, OptimizerFactory.Create(name.ToUpperInvariant()).Name);
        }

        var error = Assert.Throws<ArgumentException>(() => OptimizerFactory.Create("bfgs2"));
        Assert.Contains("bfgs2", error.Message);
        Assert.Contains("lbfgs, nelder-mead, cobyla, spsa, adam", error.Message);
    }

    [Fact]
    public void WrongInitialPointLengthIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new CobylaOptimizer().Minimize(StandardFunctions.Booth(), [1.0], new OptimizerSettings(), new Random(1)));
        Assert.Contains("expects 2", error.Message);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public void CancellationReturnsTheBestPointSoFarWithCancelled(string name)
    {
        using var cts = new CancellationTokenSource();
        int iterations = 0;
        var progress = new SynchronousProgress<OptimizationProgress>(p =>
        {
            iterations = p.Iteration;
            if (p.Iteration == 3) cts.Cancel();
        });
        var counted = StandardFunctions.Rosenbrock(2);
        var result = OptimizerFactory.Create(name).Minimize(counted, [-1.2, 1.0], ModestSettings, new Random(7), progress, cts.Token);
        Assert.Equal(ExitReason.Cancelled, result.ExitReason);
        Assert.False(result.Converged);
        // No evaluation starts after the cancel: the run ends within the iteration that saw it (the final partial
        // iteration is closed by the optimizer's own bookkeeping).
        Assert.InRange(result.Iterations, 3, 4);
        Assert.Equal(result.BestValue, counted.Value(result.BestPoint.ToArray()), SameEvaluationTolerance);
    }

    [Fact]
    public void KindsAndNamesRoundTrip()
    {
        foreach (var kind in Enum.GetValues<OptimizerKind>())
        {
            string name = OptimizerFactory.Name(kind);
            Assert.True(OptimizerFactory.TryParse(name, out var parsed));
            Assert.Equal(kind, parsed);
            Assert.Equal(name, OptimizerFactory.Create(kind).Name);
        }

        Assert.False(OptimizerFactory.TryParse("bfgs2", out _));
    }
}

