using QuantumApps.Optimizers;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Variational.Tests.Workflows;

/// <summary>The library comparisons: one entry per requested method, failures isolated, progress and cancellation.</summary>
public sealed class ComparisonTests
{
    private static readonly ComparisonOptions Named = new(7, NamedMethods: true, new QaoaMethodOptions(1, new LbfgsOptimizer()));

    [Fact]
    public void MaxCutReportsEveryRequestedMethodInOrder()
    {
        var g = GraphGenerators.Petersen();
        var r = MaxCutComparison.Run(g, [MaxCutMethod.Qaoa, MaxCutMethod.Exact, MaxCutMethod.Tabu], Named);
        Assert.Equal(["qaoa", "exact", "tabu"], r.Methods.Select(m => m.Method));
        Assert.All(r.Methods, m => Assert.Equal(MethodStatus.Ok, m.Status));
        Assert.False(r.Cancelled);
        // Petersen max cut 12 (classical result); no heuristic or QAOA sample beats the exact value.
        Assert.Equal(12.0, r.Methods[1].Value);
        Assert.All(r.Methods, m => Assert.True(m.Value <= 12.0));
        Assert.NotNull(r.Methods[0].Qaoa);
        Assert.Equal(12.0, r.Methods[0].Qaoa!.Optimum);
    }

    [Fact]
    public void AFailingMethodKeepsTheOthers()
    {
        var g = GraphGenerators.Ring(40);
        var r = MaxCutComparison.Run(g, [MaxCutMethod.Exact, MaxCutMethod.Greedy, MaxCutMethod.Qaoa], Named with { Qaoa = new QaoaMethodOptions(QaoaResources.MaxDepth + 1, new LbfgsOptimizer()) });
        Assert.Equal(MethodStatus.Failed, r.Methods[0].Status);
        Assert.Contains("exceed the limit", r.Methods[0].Reason);
        Assert.Equal(MethodStatus.Ok, r.Methods[1].Status);
        Assert.Equal(MethodStatus.Failed, r.Methods[2].Status);
        Assert.Contains("between 1 and 1000", r.Methods[2].Reason);
        Assert.True(r.AnyFailed);
        Assert.False(r.NoneOk);
    }

    [Fact]
    public void UnnamedMethodsSkipExactAboveTheDefaultLimit()
    {
        var g = GraphGenerators.Ring(MaxCutComparison.DefaultExactLimit + 2);
        var r = MaxCutComparison.Run(g, [MaxCutMethod.Exact, MaxCutMethod.Greedy], Named with { NamedMethods = false });
        Assert.Equal(MethodStatus.Skipped, r.Methods[0].Status);
        Assert.False(r.AnyFailed);
    }

    [Fact]
    public void CancellationKeepsFinishedMethodsAndSkipsTheRest()
    {
        using var cts = new CancellationTokenSource();
        var progress = new SyncProgress<ComparisonProgress>(p =>
        {
            if (p.Method == "qaoa")
            {
                cts.Cancel();
            }
        });
        var r = MaxCutComparison.Run(GraphGenerators.Petersen(), [MaxCutMethod.Greedy, MaxCutMethod.Qaoa, MaxCutMethod.Exact], Named, progress, cts.Token);
        Assert.True(r.Cancelled);
        Assert.Equal(MethodStatus.Ok, r.Methods[0].Status);
        Assert.Equal((MethodStatus.Skipped, "cancelled"), (r.Methods[1].Status, r.Methods[1].Reason));
        Assert.Equal((MethodStatus.Skipped, "cancelled"), (r.Methods[2].Status, r.Methods[2].Reason));
    }

    [Fact]
    public void QaoaDriverChecksTheTokenAtEveryEvaluationAndReportsProgress()
    {
        double[] diag = QuantumApps.Problems.MaxCut.CostOperator(GraphGenerators.Petersen()).Diagonal();
        using var cts = new CancellationTokenSource();
        var seen = new List<QaoaProgress>();
        var progress = new SyncProgress<QaoaProgress>(p =>
        {
            seen.Add(p);
            if (p.Evaluations == 3)
            {
                cts.Cancel();
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => QaoaDriver.Run(new QaoaOptions(diag, 2, QaoaSense.Maximize), new Random(1), progress, cts.Token));
        Assert.Equal([1, 2, 3], seen.Select(p => p.Evaluations));
        // Maximising: the best so far is the running maximum of the evaluated ⟨C⟩ (exact, no arithmetic involved).
        for (int i = 0; i < seen.Count; i++)
        {
            Assert.Equal(seen.Take(i + 1).Max(p => p.Expectation), seen[i].BestExpectation);
        }
    }

    [Fact]
    public void QaoaResourcesCountThirtyTwoBytesPerAmplitudeAndBoundTheDepth()
    {
        // 16 (state) + 16 (costate, reused for the probabilities), cost in Walsh form: 32 bytes (QaoaResources).
        Assert.Equal(32L << 29, QaoaResources.Estimate(29, 1).Bytes);
        var ex = Assert.Throws<QuantumAppsException>(() => QaoaResources.EnsureFeasible(10, 100_000));
        Assert.Contains("between 1 and 1000", ex.Message);
        Assert.Throws<QuantumAppsException>(() => QaoaResources.EnsureFeasible(31, 1));
        var driver = Assert.Throws<QuantumAppsException>(() => QaoaDriver.Run(new QaoaOptions(new double[4], 100_000, QaoaSense.Maximize), new Random(1)));
        Assert.Contains("100000", driver.Message);
    }

    [Fact]
    public void LongHeuristicsStopOnACancelledToken()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var g = GraphGenerators.Petersen();
        Assert.ThrowsAny<OperationCanceledException>(() => MaxCutSolvers.Annealing(g, new Random(1), cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => MaxCutSolvers.Tabu(g, new Random(1), cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => GoemansWilliamson.Solve(g, new Random(1), cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => BruteForce.MaxCut(g, cancellationToken: cts.Token));
    }

    [Fact]
    public void SixtyFourBitSeedsThatFitAnIntReproduceTheIntSeed()
    {
        Assert.Equal(new Random(42).Next(), new ComparisonOptions(42, false).NewRandom().Next());
        Assert.Equal(new Random(-5).Next(), new ComparisonOptions(-5, false).NewRandom().Next());
        Assert.NotEqual(new ComparisonOptions(1L << 40, false).NewRandom().Next(), new ComparisonOptions((1L << 40) + 1, false).NewRandom().Next());
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
