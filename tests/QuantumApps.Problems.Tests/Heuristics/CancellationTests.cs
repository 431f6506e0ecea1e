using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Heuristics;

/// <summary>
/// The exact enumerations and the TSP annealer stop on a cancelled token (OperationCanceledException) instead of running
/// to the end, and report progress while they run.
/// </summary>
public sealed class CancellationTests
{
    [Fact]
    public void HeldKarpVrpExactAndTspAnnealingStopOnACancelledToken()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var ulysses = TsplibReader.ReadTsp(RepositoryData.Graph("ulysses16.tsp")); // 2^15 subsets: the check every 2^12 is reached
        Assert.ThrowsAny<OperationCanceledException>(() => HeldKarp.Solve(ulysses.Distances, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => TspAnnealing.Solve(ulysses.Distances, new Random(1), cancellationToken: cts.Token));
        var vrp = TsplibReader.ReadVrp(RepositoryData.Graph("E-n13-k4.vrp")); // 12 customers: 2^12 subsets, checked every 2^10
        Assert.ThrowsAny<OperationCanceledException>(() => VrpExact.Solve(vrp, cancellationToken: cts.Token));
    }

    [Fact]
    public void AnnealingReportsProgressAboutAHundredTimes()
    {
        var seen = new List<SearchProgress>();
        var q = MaxCut.MinimizationQubo(QuantumApps.Problems.Graphs.GraphGenerators.Petersen());
        SimulatedAnnealing.Minimize(q, new Random(1), sweeps: 1000, progress: new Sync(seen.Add));
        Assert.Equal(100, seen.Count); // one report every 1000 / 100 = 10 sweeps
        Assert.All(seen, s => Assert.Equal(("sa", 1000L, "sweeps"), (s.Method, s.Total, s.Unit)));
    }

    private sealed class Sync(Action<SearchProgress> report) : IProgress<SearchProgress>
    {
        public void Report(SearchProgress value) => report(value);
    }
}
