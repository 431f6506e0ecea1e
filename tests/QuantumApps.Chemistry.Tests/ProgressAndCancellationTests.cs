using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Chemistry.Scf;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests;

/// <summary>
/// The long-running chemistry drivers (RHF through <see cref="MoleculePipeline.Build"/>, CCSD) report progress
/// through <see cref="IProgress{T}"/>, once per iteration and in order, and stop with
/// <see cref="OperationCanceledException"/> when their token is cancelled, checked before every iteration.
/// </summary>
public class ProgressAndCancellationTests
{
    [Fact]
    public void PreCancelledTokenStopsTheScfPipeline()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var progress = new RecordingProgress<ScfIteration>();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz")), progress, cts.Token));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void ScfReportsEveryIterationInOrder()
    {
        var progress = new RecordingProgress<ScfIteration>();
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz")), progress);
        // Iterations are numbered 1, 2, … across stability follow-ups, one report each; the last report is the
        // converged iteration, whose energy is the returned one (the same number, not a recomputation).
        Assert.Equal(Enumerable.Range(1, r.Scf.Iterations), progress.Reports.Select(p => p.Iteration));
        Assert.Equal(r.Scf.TotalEnergy, progress.Reports[^1].TotalEnergy);
    }

    [Fact]
    public void CancellingDuringTheScfStopsAtTheNextIteration()
    {
        using var cts = new CancellationTokenSource();
        var progress = new RecordingProgress<ScfIteration>(p => { if (p.Iteration == 2) cts.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz")), progress, cts.Token));
        Assert.Equal(2, progress.Reports.Count);
    }

    [Fact]
    public void PreCancelledTokenStopsCcsd()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"))).Hamiltonian;
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var progress = new RecordingProgress<CcsdIteration>();
        Assert.ThrowsAny<OperationCanceledException>(() => Ccsd.Compute(h, progress: progress, cancellationToken: cts.Token));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void CcsdReportsEveryIterationInOrderAndStopsWhenCancelled()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"))).Hamiltonian;
        var progress = new RecordingProgress<CcsdIteration>();
        var r = Ccsd.Compute(h, progress: progress);
        Assert.True(r.Converged);
        Assert.Equal(Enumerable.Range(1, r.Iterations), progress.Reports.Select(p => p.Iteration));
        Assert.Equal(r.CorrelationEnergy, progress.Reports[^1].CorrelationEnergy);

        using var cts = new CancellationTokenSource();
        var stopped = new RecordingProgress<CcsdIteration>(p => { if (p.Iteration == 2) cts.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => Ccsd.Compute(h, progress: stopped, cancellationToken: cts.Token));
        Assert.Equal(2, stopped.Reports.Count);
    }
}
