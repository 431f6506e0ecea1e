using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Chemistry.Scf;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests;

public class ScfTests
{
    /// <summary>Converged density: Fock and density commute to the DIIS threshold 1e-8, so identities hold to ~1e-8.</summary>
    private const double ConvergedTolerance = 1e-7;

    /// <summary>Energy identities evaluated from the same converged orbitals: rounding of O(n⁴) sums.</summary>
    private const double EnergyIdentityTolerance = 1e-9;

    /// <summary>Orthonormality after S^{-1/2}: a 2×2 eigen-decomposition, rounding plus the 1e-12 perturbation.</summary>
    private const double OrthogonalityTolerance = 1e-9;

    [Fact]
    public void DensityIsIdempotentAndCountsElectrons()
    {
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz"), "6-31g*"));
        var n = r.NumBasisFunctions;
        var basis = MolecularBasis.Build(r.Molecule, BasisSetLibrary.Load("6-31g*"));
        var (s, _, _) = OneElectronIntegrals.Compute(basis, r.Molecule);
        var sm = Matrix<double>.Build.DenseOfRowMajor(n, n, s);
        var p = Matrix<double>.Build.DenseOfRowMajor(n, n, r.Scf.Density);
        var psp = p * sm * p;
        Assert.True((psp - 2 * p).Enumerate().Max(Math.Abs) < ConvergedTolerance);
        Assert.Equal(10.0, (p * sm).Trace(), ConvergedTolerance);
    }

    [Fact]
    public void BrillouinConditionAndOrbitalEnergiesHoldInTheMoBasis()
    {
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("nh3.xyz"), "sto-3g"));
        var h = r.Hamiltonian;
        var f = ClosedShellReference.Fock(h);
        var n = h.NumOrbitals;
        for (var p = 0; p < n; p++)
        {
            // Independent path: f_pp rebuilt from MO integrals equals the eigenvalue of the AO Fock matrix.
            Assert.Equal(r.Scf.OrbitalEnergies[p], f[p * n + p], ConvergedTolerance);
            for (var q = 0; q < n; q++)
            {
                if (p != q)
                {
                    Assert.True(Math.Abs(f[p * n + q]) < ConvergedTolerance, $"f[{p},{q}] = {f[p * n + q]}");
                }
            }
        }

        // E_RHF from MO integrals equals the SCF energy from AO matrices.
        Assert.Equal(r.Scf.TotalEnergy, ClosedShellReference.Energy(h), EnergyIdentityTolerance);
        for (var i = 1; i < n; i++)
        {
            Assert.True(r.Scf.OrbitalEnergies[i] >= r.Scf.OrbitalEnergies[i - 1]);
        }
    }

    [Fact]
    public void OpenShellIsRefusedClearly()
    {
        var e = Assert.Throws<QuantumAppsException>(() =>
            MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz", 0, 3))));
        Assert.Contains("ROHF/UHF not implemented; only closed-shell RHF", e.Message);
    }

    [Fact]
    public void NonConvergenceIsReportedWithLastChangesAndAdvice()
    {
        var options = new MoleculeOptions(TestData.Load("h2o.xyz"), "sto-3g", Scf: new ScfOptions(MaxIterations: 3));
        var e = Assert.Throws<QuantumAppsException>(() => MoleculePipeline.Build(options));
        // Plain DIIS and the three rescue attempts, 3 iterations each, every one named in the path.
        Assert.Contains("did not converge in 12 iterations", e.Message);
        Assert.Contains("path: diis 3 (not converged) -> sad-guess 3 (not converged)", e.Message);
        Assert.Contains("DIIS error", e.Message);
        Assert.Contains("try more iterations", e.Message);
    }

    [Fact]
    public void DiisAndPlainIterationReachTheSameEnergy()
    {
        // LiH STO-3G converges without DIIS too (slowly); both must land on psi4's −7.8620269594.
        var plain = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"), Scf: new ScfOptions(DiisSubspace: 0, MaxIterations: 500)));
        var diis = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz")));
        Assert.Equal(diis.Scf.TotalEnergy, plain.Scf.TotalEnergy, Tolerances.ScfHartree);
        Assert.True(diis.Scf.Iterations < plain.Scf.Iterations);
        Assert.Equal(ScfExitReason.Converged, diis.Scf.ExitReason);
    }

    [Fact]
    public void CanonicalOrthogonaliserDropsLinearDependencies()
    {
        // Two identical functions: S = [[1,1],[1,1]] has eigenvalue 0, so one orthonormal combination remains.
        var s = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 1.0 }, { 1.0, 1.0 } });
        var x = RhfSteps.Orthogonaliser(s + Matrix<double>.Build.DenseIdentity(2) * 1e-12);
        Assert.Equal(1, x.ColumnCount);
        Assert.Equal(1.0, (x.Transpose() * s * x)[0, 0], OrthogonalityTolerance);
        var sym = RhfSteps.Orthogonaliser(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.5 }, { 0.5, 1.0 } }));
        var id = sym.Transpose() * Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.5 }, { 0.5, 1.0 } }) * sym;
        Assert.True((id - Matrix<double>.Build.DenseIdentity(2)).Enumerate().Max(Math.Abs) < OrthogonalityTolerance);
    }
}
