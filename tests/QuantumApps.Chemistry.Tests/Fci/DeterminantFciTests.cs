using QuantumApps.Chemistry.Fci;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Fci;

/// <summary>
/// Determinant-string FCI (<see cref="DeterminantFci"/>) against two independent paths of ours — the qubit-space
/// Lanczos of <see cref="ExactSolver"/> on the Jordan–Wigner Hamiltonian in the (N_α, N_β) sector and the dense
/// two-electron oracle <see cref="TwoElectronFci"/> — and against psi4 1.3.2 detci (References/psi4-fci.py/.log).
/// </summary>
public class DeterminantFciTests
{
    /// <summary>
    /// Two exact eigensolvers on the same Hamiltonian: Davidson stops at residual 1e-6 (energy error ~1e-12) and
    /// Lanczos at its own 1e-10-level tolerance, so they agree to <see cref="Tolerances.Eigenvalue"/> (1e-9 Ha).
    /// </summary>
    private const double TwoPaths = Tolerances.Eigenvalue;

    /// <summary>psi4 printed 10 decimals and converged to 1e-10 (see ReferenceEnergyTests.CorrelatedTolerance).</summary>
    private const double Psi4 = 1e-8;

    private static MolecularHamiltonian Build(string file, string basis, bool frozenCore = false, int charge = 0) =>
        MoleculePipeline.Build(new MoleculeOptions(TestData.Load(file, charge), basis, frozenCore ? "auto" : null)).Hamiltonian;

    private static double Lanczos(MolecularHamiltonian h) =>
        ExactSolver.GroundState(QubitHamiltonian.Map(h, MappingKind.JordanWigner), BasisSector.SpinOrbitals(h.NumAlpha, h.NumBeta)).Energy;

    [Theory]
    [InlineData("h2.xyz", "sto-3g", false)]
    [InlineData("h2.xyz", "6-31g", false)]
    [InlineData("lih.xyz", "sto-3g", false)]
    [InlineData("lih.xyz", "sto-3g", true)]
    [InlineData("h2o.xyz", "sto-3g", true)]
    [InlineData("heh+.xyz", "sto-3g", false, 1)]
    public void EqualsQubitLanczos(string file, string basis, bool frozenCore, int charge = 0)
    {
        var h = Build(file, basis, frozenCore, charge);
        var fci = DeterminantFci.Compute(h);
        Assert.True(fci.Converged);
        Assert.Equal(Lanczos(h), fci.Energy, TwoPaths);
    }

    /// <summary>
    /// N2/STO-3G stretched to 2.5 and 3.0 Å (2.8 Å is in the log too) on our stable, cylindrical-symmetry-broken RHF orbitals, where the
    /// nearly degenerate low states (the singlet, triplet, quintet and septet of two quartet atoms) made Davidson stall
    /// at residual 1e-5…3e-4 after 200 iterations when each restart kept only the lowest Ritz vector; the thick restart
    /// converges. FCI does not depend on the orbitals, so psi4 1.3.2 detci on its own (symmetric) RHF orbitals is an
    /// independent reference: bench/chemistry/psi4_n2_stretch_fci.py/.log (settings stated there; 12 decimals, r_convergence
    /// 1e-7), tolerance <see cref="Psi4"/>.
    /// </summary>
    [Theory]
    [InlineData(2.5, -107.440416501212)]
    [InlineData(3.0, -107.438490852653)]
    public void StretchedNitrogenOnSymmetryBrokenOrbitalsConvergesToPsi4(double r, double psi4Fci)
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(ScfConvergenceTests.Nitrogen(r))).Hamiltonian;
        var fci = DeterminantFci.Compute(h);
        Assert.True(fci.Converged, $"residual {fci.ResidualNorm} after {fci.Iterations} iterations");
        Assert.Equal(psi4Fci, fci.Energy, Psi4);
    }

    /// <summary>Open-shell sectors (N_α ≠ N_β, different alpha and beta string sets) of the LiH Hamiltonian.</summary>
    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(1, 0)]
    public void OpenShellSectorsEqualQubitLanczos(int alpha, int beta)
    {
        var h = Build("lih.xyz", "sto-3g") with { NumAlpha = alpha, NumBeta = beta };
        Assert.Equal(Lanczos(h), DeterminantFci.Compute(h, new FciOptions(Symmetry: FciSymmetry.AllSectors)).Energy, TwoPaths);
    }

    [Fact]
    public void TwoElectronsEqualDenseOracle()
    {
        var h = Build("h2.xyz", "6-31g");
        Assert.Equal(TwoElectronFci.GroundEnergy(h), DeterminantFci.Compute(h).Energy, TwoPaths);
    }

    /// <summary>psi4 1.3.2 detci, References/psi4-fci.log: LiH/STO-3G all-electron and frozen core, H2O/STO-3G all-electron.</summary>
    [Theory]
    [InlineData("lih.xyz", false, -7.8824034103)]
    [InlineData("lih.xyz", true, -7.8821759908)]
    [InlineData("h2o.xyz", false, -75.0125782411)]
    public void MatchesPsi4(string file, bool frozenCore, double psi4)
    {
        var fci = DeterminantFci.Compute(Build(file, "sto-3g", frozenCore));
        Assert.Equal(psi4, fci.Energy, Psi4);
    }

    /// <summary>
    /// A triplet below every singlet while the lowest diagonal determinant is closed-shell: two orbitals (h = diag(−1,
    /// −0.5)), (00|00) = 0.6, (11|11) = 3, (00|11) = 0.5, exchange (01|01) = 0.6, no hopping. Determinant energies:
    /// |0α0β⟩ −1.4, |0α1β⟩ and |1α0β⟩ −1.0, |1α1β⟩ 2.0. The M_S = 0 triplet is E_T = h00 + h11 + (00|11) − (01|10) = −1.6,
    /// the lowest singlet ≈ −1.506. A Davidson started on the closed-shell determinant alone would stay among singlets;
    /// the seeded admixture of the start vector must find the triplet. Without symmetry: the two orbitals carry
    /// different labels, so the symmetry path would put the triplet in a sector of its own (see SectorFciTests).
    /// </summary>
    [Fact]
    public void FindsTheSectorGroundStateEvenWhenItIsNotASinglet()
    {
        var h = TripletBelowSinglet();
        var lanczos = Lanczos(h);
        Assert.Equal(-1.6, lanczos, TwoPaths);
        Assert.Equal(lanczos, DeterminantFci.Compute(h, new FciOptions(Symmetry: FciSymmetry.None)).Energy, TwoPaths);
    }

    /// <summary>The two-orbital model of <see cref="FindsTheSectorGroundStateEvenWhenItIsNotASinglet"/>.</summary>
    internal static MolecularHamiltonian TripletBelowSinglet()
    {
        const int n = 2;
        var h1 = new double[] { -1, 0, 0, -0.5 };
        var g = new double[16];
        void Set(int p, int q, int r, int s, double v)
        {
            foreach (var (a, b, c, d) in new[] { (p, q, r, s), (q, p, r, s), (p, q, s, r), (q, p, s, r), (r, s, p, q), (s, r, p, q), (r, s, q, p), (s, r, q, p) })
            {
                g[((a * n + b) * n + c) * n + d] = v;
            }
        }

        Set(0, 0, 0, 0, 0.6);
        Set(1, 1, 1, 1, 3.0);
        Set(0, 0, 1, 1, 0.5);
        Set(0, 1, 0, 1, 0.6);
        return new MolecularHamiltonian(0, n, 1, 1, h1, g);
    }

    [Fact]
    public void ReportsProgressAndHonoursCancellation()
    {
        var h = Build("lih.xyz", "sto-3g");
        var steps = new RecordingProgress<FciProgress>();
        var fci = DeterminantFci.Compute(h, progress: steps);
        Assert.Equal(fci.Iterations, steps.Reports.Count);
        Assert.Equal(fci.Energy, steps.Reports[^1].Energy, Tolerances.Accumulated);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DeterminantFci.Compute(h, cancellationToken: cts.Token));
    }

    /// <summary>Refused up front from the size alone (the integral arrays are never read): C(20,5)² = 2.4e8 determinants × 21 vectors.</summary>
    [Fact]
    public void RefusesWhatDoesNotFitBeforeAllocating()
    {
        var h = new MolecularHamiltonian(0, 20, 5, 5, [], []);
        var size = DeterminantFci.Estimate(h);
        Assert.Equal(15504.0 * 15504.0, size.Determinants);
        var budget = MemoryGuard.BudgetBytes(MemoryGuard.KrylovShare);
        Assert.True(size.Bytes > budget, "the test assumes less than 38 GiB of usable memory");
        var e = Assert.Throws<QuantumAppsException>(() => DeterminantFci.Compute(h));
        Assert.Contains("240,374,016 determinants (15,504 alpha × 15,504 beta strings)", e.Message);
        var tooMany = new MolecularHamiltonian(0, 40, 10, 10, [], []);
        Assert.Contains("exceed", Assert.Throws<QuantumAppsException>(() => DeterminantFci.Compute(tooMany)).Message);
    }
}
