using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests;

public class MethodTests
{
    /// <summary>CCSD (converged to 1e-10) vs dense CI of the same Hamiltonian.</summary>
    private const double ExactTolerance = 1e-9;

    /// <summary>Published FCI references are given to 10 decimals; SCF convergence adds ~1e-10.</summary>
    private const double ReferenceTolerance = 1e-8;

    [Theory]
    [InlineData("sto-3g", -1.1372701747)]
    [InlineData("6-31g", -1.1516827321)]
    public void CcsdIsExactForTwoElectrons(string basis, double fciReference)
    {
        // FCI references: task list (psi4 1.3.2; OpenFermion H2 data) for H2 at 0.7414 Å.
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz"), basis));
        var fci = TwoElectronFci.GroundEnergy(r.Hamiltonian);
        var cc = Ccsd.Compute(r.Hamiltonian);
        Assert.True(cc.Converged);
        Assert.Equal(fci, cc.TotalEnergy, ExactTolerance);
        Assert.Equal(fciReference, fci, ReferenceTolerance);
        // MP2 recovers part of the correlation energy, never more than FCI here, and HF is an upper bound.
        var mp2 = Mp2.Compute(r.Hamiltonian);
        Assert.InRange(mp2.TotalEnergy, fci, r.Scf.TotalEnergy);
        Assert.Equal(r.Scf.TotalEnergy, mp2.ReferenceEnergy, ReferenceTolerance);
    }

    [Theory]
    [InlineData(3.5)]
    [InlineData(4.0)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    [InlineData(20.0)]
    public void StretchedH2CcsdConvergesToTheTwoElectronFci(double bondAngstrom)
    {
        // Far apart, σ_g and σ_u are nearly degenerate (gap (aa|bb) → 0) and the plain Jacobi/DIIS iteration diverged
        // from 4 Å on; the automatic level shift keeps the denominators at ≥ 1 Ha. CCSD is exact for two electrons, so
        // it must equal the dense two-electron CI of the same Hamiltonian.
        var h = MoleculePipeline.Build(new MoleculeOptions(StretchedH2(bondAngstrom))).Hamiltonian;
        var cc = Ccsd.Compute(h);
        Assert.True(cc.Converged, $"{cc.ExitReason} after {cc.Iterations} iterations");
        Assert.Equal(TwoElectronFci.GroundEnergy(h), cc.TotalEnergy, ExactTolerance);
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(10.0)]
    public void UnshiftedStretchedH2CcsdReportsWhyItStopped(double bondAngstrom)
    {
        // Without the shift the plain Jacobi amplitudes blow up (DIIS off); the DIIS solve once hung (4 Å: MathNet's SVD
        // on an overflowed B matrix) or threw NonConvergenceException (10 Å). The run must end with the reason and a
        // NaN energy.
        var h = MoleculePipeline.Build(new MoleculeOptions(StretchedH2(bondAngstrom))).Hamiltonian;
        var cc = Ccsd.Compute(h, new CcsdOptions(LevelShift: 0, DiisSubspace: 0));
        Assert.False(cc.Converged);
        Assert.Contains(cc.ExitReason, new[] { CcsdExitReason.Diverged, CcsdExitReason.MaxIterations });
        Assert.True(cc.ExitReason != CcsdExitReason.Diverged || double.IsNaN(cc.TotalEnergy));

        // With DIIS on a scaled B and a truncated SVD (issue 13) the unshifted iteration converges, to the exact
        // two-electron energy (measured; before, it diverged at both bond lengths).
        var diis = Ccsd.Compute(h, new CcsdOptions(LevelShift: 0));
        Assert.True(diis.Converged, $"{diis.ExitReason} after {diis.Iterations} iterations");
        Assert.Equal(TwoElectronFci.GroundEnergy(h), diis.TotalEnergy, ExactTolerance);
    }

    [Fact]
    public void NegativeLevelShiftIsRefused()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz"))).Hamiltonian;
        Assert.Contains("level shift", Assert.Throws<QuantumAppsException>(() => Ccsd.Compute(h, new CcsdOptions(LevelShift: -0.1))).Message);
    }

    private static QuantumApps.Chemistry.Molecules.Molecule StretchedH2(double bondAngstrom) =>
        QuantumApps.Chemistry.IO.XyzReader.Parse($"2\nstretched H2\nH 0 0 0\nH 0 0 {bondAngstrom}\n", "h2-stretched.xyz");

    [Fact]
    public void PlainJacobiAndDiisCcsdAgree()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"))).Hamiltonian;
        var diis = Ccsd.Compute(h);
        var plain = Ccsd.Compute(h, new CcsdOptions(DiisSubspace: 0, MaxIterations: 500));
        Assert.True(plain.Converged);
        Assert.Equal(diis.TotalEnergy, plain.TotalEnergy, ExactTolerance);
        Assert.Equal(CcsdExitReason.Converged, diis.ExitReason);
    }

    [Fact]
    public void CcsdIsInvariantToOccupiedOrbitalRotation()
    {
        // Rotating two occupied orbitals makes the Fock matrix non-diagonal; CCSD with the full Fock matrix must
        // give the same energy (an independent check of the off-diagonal Fock terms). MP2 refuses such orbitals.
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"))).Hamiltonian;
        var rotated = Rotate(h, 0, 1, 0.3);
        Assert.Equal(Ccsd.Compute(h).TotalEnergy, Ccsd.Compute(rotated).TotalEnergy, ExactTolerance);
        Assert.Contains("canonical", Assert.Throws<QuantumAppsException>(() => Mp2.Compute(rotated)).Message);
    }

    [Fact]
    public void OpenShellHamiltoniansAreRefused()
    {
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2.xyz"))).Hamiltonian with { NumAlpha = 2, NumBeta = 0 };
        Assert.Contains("closed-shell", Assert.Throws<QuantumAppsException>(() => Ccsd.Compute(h)).Message);
        Assert.Contains("closed-shell", Assert.Throws<QuantumAppsException>(() => Mp2.Compute(h)).Message);
    }

    /// <summary>Orbital rotation p' = cos θ p + sin θ q, q' = −sin θ p + cos θ q applied to all integrals.</summary>
    private static MolecularHamiltonian Rotate(MolecularHamiltonian h, int p, int q, double theta)
    {
        var n = h.NumOrbitals;
        var u = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            u[i * n + i] = 1;
        }

        u[p * n + p] = Math.Cos(theta);
        u[q * n + q] = Math.Cos(theta);
        u[q * n + p] = Math.Sin(theta);
        u[p * n + q] = -Math.Sin(theta);
        return h with
        {
            OneBody = MoIntegralTransform.OneBody(h.OneBody, n, u, n, n),
            TwoBody = MoIntegralTransform.TwoBody(h.TwoBody, n, u, n, n),
        };
    }
}
