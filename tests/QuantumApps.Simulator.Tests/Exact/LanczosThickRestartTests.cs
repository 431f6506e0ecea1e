using System.Numerics;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Exact;

/// <summary>
/// The thick restart (Wu &amp; Simon 2000) carries the 24-site and large-molecule results, where memory caps the
/// Krylov basis, but the default basis of 40 vectors converges small test problems in one cycle. Here a Krylov basis
/// of 6–8 vectors forces many restarts on problems the dense solver (<see cref="DenseOracle.LowestEigenvalue(PauliSum)"/>,
/// MathNet's Hermitian EVD of the mask-formula matrix — no Lanczos code) can check: the complex path (a random
/// Hermitian sum) and the real packed path (a real number-conserving operator in a sector).
/// </summary>
public sealed class LanczosThickRestartTests
{
    [Theory]
    [InlineData(7, 6)]
    [InlineData(8, 8)]
    public void ComplexPathWithASmallBasisRestartsAndMatchesDense(int n, int krylov)
    {
        var h = DenseOracle.RandomHermitian(n, 10 * n, 40 + n);
        var progress = new RecordingProgress<LanczosProgress>();

        var r = Lanczos.GroundState(h, BasisSector.Full, krylovSize: krylov, maxRestarts: 5000, progress: progress);

        Assert.False(new SectorOperator(h, BasisSector.Full).IsReal);
        AssertRestartedAndConverged(progress, r);
        Assert.Equal(DenseOracle.LowestEigenvalue(h), r.Energy, Tolerances.Eigenvalue);
        AssertEigenvector(h, BasisSector.Full, r);
    }

    [Fact]
    public void RealPathInASectorWithASmallBasisRestartsAndMatchesDense()
    {
        const int n = 10;
        var h = DenseOracle.RandomNumberConserving(n, 7, spin: true);
        var sector = BasisSector.SpinOrbitals(2, 2);
        var progress = new RecordingProgress<LanczosProgress>();

        var r = Lanczos.GroundState(h, sector, krylovSize: 6, maxRestarts: 5000, progress: progress);

        Assert.True(new SectorOperator(h, sector).IsReal);
        AssertRestartedAndConverged(progress, r);
        Assert.Equal(DenseOracle.LowestEigenvalue(h, b => sector.Contains(b)), r.Energy, Tolerances.Eigenvalue);
        AssertEigenvector(h, sector, r);
    }

    private static void AssertRestartedAndConverged(RecordingProgress<LanczosProgress> progress, EigenResult r)
    {
        var last = progress.Reports[^1];
        Assert.True(last.Restarts >= 3, $"only {last.Restarts} restarts: the small basis did not force the thick-restart path");
        Assert.True(last.Residual < Lanczos.DefaultTolerance, $"residual {last.Residual:E2} after {last.Restarts} restarts");
        Assert.True(r.Residual < Lanczos.DefaultTolerance);
        // Ritz values of a restarted Lanczos never rise: the kept Ritz vectors span a subspace of the next cycle's.
        for (int k = 1; k < progress.Reports.Count; k++)
        {
            Assert.True(progress.Reports[k].RitzValue <= progress.Reports[k - 1].RitzValue + Tolerances.Accumulated, $"cycle {k}");
        }
    }

    /// <summary>The returned state is normalised and an eigenvector: ‖Hψ − Eψ‖ below the residual tolerance, by the dense matrix.</summary>
    private static void AssertEigenvector(PauliSum h, BasisSector sector, EigenResult r)
    {
        var m = DenseOracle.BitwiseMatrix(h);
        var psi = r.State;
        double norm = psi.Sum(a => a.Magnitude * a.Magnitude);
        Assert.Equal(1.0, norm, 1e-10);
        var hpsi = DenseOracle.Apply(m, psi);
        double residual = Math.Sqrt(hpsi.Select((v, i) => (v - r.Energy * psi[i]).Magnitude).Sum(x => x * x));
        // The solver stopped at residual < DefaultTolerance; recomputing it densely adds only rounding (Accumulated).
        Assert.True(residual < Lanczos.DefaultTolerance + Tolerances.Accumulated, $"‖Hψ − Eψ‖ = {residual:E2}");
        Assert.All(Enumerable.Range(0, psi.Length), b => { if (!sector.Contains((ulong)b)) Assert.Equal(Complex.Zero, psi[b]); });
    }
}
