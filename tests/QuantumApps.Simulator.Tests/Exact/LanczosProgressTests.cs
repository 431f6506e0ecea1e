using System.Diagnostics;
using QuantumApps.Simulator.Exact;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Exact;

/// <summary>
/// Lanczos and <see cref="ExactSolver.GroundState"/> report one <see cref="LanczosProgress"/> per Krylov cycle, in
/// order, and stop with <see cref="OperationCanceledException"/> when their token is cancelled (checked before every
/// matrix–vector product).
/// </summary>
public class LanczosProgressTests
{
    /// <summary>
    /// The cancellation promise: a cancelled solve stops within a second. One product in the 20-qubit test below takes
    /// a few milliseconds (tens on a loaded machine in a Debug build), so one second leaves a wide margin.
    /// </summary>
    private const double CancellationLatencySeconds = 1.0;

    [Fact]
    public void PreCancelledTokenStopsLanczosAndTheExactSolver()
    {
        var h = DenseOracle.RandomNumberConserving(12, 3);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var progress = new RecordingProgress<LanczosProgress>();
        Assert.ThrowsAny<OperationCanceledException>(() => Lanczos.GroundState(h, BasisSector.Full, progress: progress, cancellationToken: cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => ExactSolver.GroundState(h, BasisSector.Full, progress, cts.Token));
        // The dense path (sector dimension ≤ 512) honours the token too.
        Assert.ThrowsAny<OperationCanceledException>(() => ExactSolver.GroundState(h, BasisSector.HammingWeight(2), progress, cts.Token));
        Assert.Empty(progress.Reports);
    }

    [Fact]
    public void ProgressIsReportedPerCycleInOrder()
    {
        // 12 qubits, full space (4096 states > ExactSolver.DenseLimit): Lanczos with several restarts.
        var h = DenseOracle.RandomNumberConserving(12, 3);
        var progress = new RecordingProgress<LanczosProgress>();
        var r = ExactSolver.GroundState(h, BasisSector.Full, progress);
        Assert.Equal("lanczos", r.Method);
        Assert.NotEmpty(progress.Reports);
        Assert.Equal(Enumerable.Range(0, progress.Reports.Count), progress.Reports.Select(p => p.Restarts));
        for (int i = 1; i < progress.Reports.Count; i++)
        {
            Assert.True(progress.Reports[i].Products > progress.Reports[i - 1].Products);
            // Thick restart keeps the Ritz vectors, so the lowest Ritz value never rises (up to rounding).
            Assert.True(progress.Reports[i].RitzValue <= progress.Reports[i - 1].RitzValue + Tolerances.Eigenvalue);
        }
        Assert.Equal(r.Iterations, progress.Reports[^1].Products);
        Assert.Equal(r.Energy, progress.Reports[^1].RitzValue, Tolerances.Eigenvalue);
    }

    [Fact]
    public void CancellingA20QubitSectorSolveStopsWithinASecond()
    {
        // 20 qubits, (3α, 3β) sector: 14,400 states (N2/STO-3G FCI size). Cancel on the first progress report and time
        // the stop: at most the rest of one product.
        var h = DenseOracle.RandomNumberConserving(20, 5, spin: true);
        using var cts = new CancellationTokenSource();
        var clock = new Stopwatch();
        var progress = new RecordingProgress<LanczosProgress>(_ =>
        {
            cts.Cancel();
            clock.Start();
        });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ExactSolver.GroundState(h, BasisSector.SpinOrbitals(3, 3), progress, cts.Token));
        clock.Stop();
        Assert.Single(progress.Reports);
        Assert.True(clock.Elapsed.TotalSeconds < CancellationLatencySeconds, $"stopped {clock.Elapsed.TotalSeconds:F3} s after cancellation");
    }
}
