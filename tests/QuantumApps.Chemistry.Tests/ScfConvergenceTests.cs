using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Chemistry.Scf;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests;

/// <summary>
/// RHF convergence on stretched bonds (issue 13 item 1) and CCSD convergence on stretched N2 (item 2). Reference
/// energies: psi4 1.3.2, RHF/STO-3G, C1, SAD guess, scf_type pk, e/d_convergence 1e-10, maxiter 200, stability
/// analysis "check" (References/psi4-scf-stretch.py and .log; geometries built the same way, bohr through
/// 1 bohr = 0.52917721092 Å).
/// </summary>
public class ScfConvergenceTests
{
    /// <summary>
    /// Symmetric H2O stretch: O at the origin, both H at distance r (Å), angle 104.5°, as in psi4-scf-stretch.py.
    /// </summary>
    internal static Molecule Water(double r)
    {
        var t = 104.5 / 2 * Math.PI / 180;
        var y = PhysicalConstants.AngstromToBohr(r * Math.Sin(t));
        var z = PhysicalConstants.AngstromToBohr(r * Math.Cos(t));
        return new Molecule([new Atom(PeriodicTable.FromAtomicNumber(8), 0, 0, 0),
            new Atom(PeriodicTable.FromAtomicNumber(1), 0, y, z), new Atom(PeriodicTable.FromAtomicNumber(1), 0, -y, z)]);
    }

    /// <summary>N2 with the bond r (Å) along z.</summary>
    internal static Molecule Nitrogen(double r) => new([new Atom(PeriodicTable.FromAtomicNumber(7), 0, 0, 0),
        new Atom(PeriodicTable.FromAtomicNumber(7), 0, 0, PhysicalConstants.AngstromToBohr(r))]);

    /// <summary>
    /// psi4's RHF energies along the symmetric H2O stretch (r = 0.8 … 3.0 Å in 0.1 Å steps), with its lowest
    /// RHF→RHF Hessian eigenvalue: a negative one marks a saddle point (psi4 1.3.2 cannot follow it), NaN = psi4 did
    /// not converge in 200 iterations.
    /// </summary>
    private static readonly (double R, double Energy, double Lowest)[] Psi4Water =
    [
        (0.8, -74.8502270638, 0.718790), (0.9, -74.9450210086, 0.588962), (1.0, -74.9646625391, 0.479540),
        (1.1, -74.9418025665, 0.390218), (1.2, -74.8952176346, 0.318508), (1.3, -74.8361348179, 0.261276),
        (1.4, -74.7711673000, 0.215483), (1.5, -74.7041568734, 0.178553), (1.6, -74.6374606865, 0.148501),
        (1.7, -74.5727126476, 0.117730), (1.8, -74.5111475875, 0.074137), (1.9, -74.4536801347, 0.035815),
        (2.0, -74.4011724868, 0.013885), (2.1, -74.3528097845, -0.030031), (2.2, -74.3097836089, -0.056414),
        (2.3, -74.2714276243, -0.079540), (2.4, -74.2374417209, -0.099788), (2.5, -74.2732032059, -0.007300),
        (2.6, -74.2708506844, -0.005648), (2.7, double.NaN, double.NaN), (2.8, double.NaN, double.NaN),
        (2.9, -74.2674216766, 0.001208), (3.0, double.NaN, double.NaN),
    ];

    /// <summary>As <see cref="Psi4Water"/> for N2, r = 0.9 … 3.0 Å; psi4's solution is a saddle point from 1.5 Å on.</summary>
    private static readonly (double R, double Energy, double Lowest)[] Psi4Nitrogen =
    [
        (0.9, -107.1871903010, 0.524816), (1.0, -107.4195324517, 0.388286), (1.1, -107.4965005118, 0.270535),
        (1.2, -107.4877839280, 0.170009), (1.3, -107.4338706900, 0.084335), (1.4, -107.3578154453, 0.011412),
        (1.5, -107.2724485012, -0.050598), (1.6, -107.1848464608, -0.103282), (1.7, -107.0990120124, -0.148017),
        (1.8, -107.0173269073, -0.185997), (1.9, -106.9412308163, -0.218267), (2.0, -106.8715040456, -0.245739),
        (2.1, -106.8084114758, -0.269198), (2.2, -106.7518312662, -0.289314), (2.3, -106.7013934328, -0.306646),
        (2.4, -106.6566080485, -0.321660), (2.5, -106.6169590828, -0.334736), (2.6, -106.5819553313, -0.346189),
        (2.7, -106.5511458687, -0.356279), (2.8, -106.5241151715, -0.365222), (2.9, -106.5004722400, -0.373198),
        (3.0, -106.4798426228, -0.380357),
    ];

    [Theory]
    [InlineData(1.8)]
    [InlineData(2.0)]
    public void StretchedWaterConvergesToPsi4sStableSolution(double r)
    {
        // Issue 13: both O–H at 1.8 or 2.0 Å stopped at the 100-iteration cap; psi4 converges in 10 and 18 iterations.
        var scf = MoleculePipeline.Build(new MoleculeOptions(Water(r))).Scf;
        var psi4 = Psi4Water.Single(p => p.R == r);
        Assert.True(scf.Converged, scf.DescribePath());
        Assert.True(scf.Iterations <= 100, scf.DescribePath());
        Assert.Equal(ScfStability.Stable, scf.Stability);
        Assert.Equal(psi4.Energy, scf.TotalEnergy, Tolerances.ScfHartree);
        Assert.Equal(psi4.Lowest, scf.LowestHessianEigenvalue, Tolerances.Psi4SixDecimals);
    }

    [Theory]
    [InlineData("h2o")]
    [InlineData("n2")]
    public void EveryPointOfTheStretchConvergesToAStableSolution(string molecule)
    {
        // Where psi4 found a minimum (lowest eigenvalue ≥ 0) we land on the same energy, or — two local RHF minima
        // at H2O 2.9 Å — on a lower one; where psi4 stopped on a saddle point we must be below it (a stable solution
        // is reached by following the unstable mode downhill); where psi4 did not converge only stability is asserted.
        // All 22 N2 points converge to stable solutions as well; the test takes a subset to stay fast.
        double[] nitrogenSubset = [0.9, 1.4, 1.5, 1.9, 2.2, 2.5, 2.8, 3.0];
        var table = molecule == "h2o" ? Psi4Water : Psi4Nitrogen.Where(p => nitrogenSubset.Contains(p.R)).ToArray();
        foreach (var (r, psi4, lowest) in table)
        {
            var scf = MoleculePipeline.Build(new MoleculeOptions(molecule == "h2o" ? Water(r) : Nitrogen(r))).Scf;
            var where = $"{molecule} r = {r} Å: {scf.DescribePath()}";
            Assert.True(scf.Converged, where);
            Assert.True(scf.Stability == ScfStability.Stable, $"{where}: {scf.DescribeStability()}");
            if (double.IsNaN(psi4))
            {
                continue;
            }

            if (lowest > 0 && r != 2.9)
            {
                Assert.True(Math.Abs(scf.TotalEnergy - psi4) <= Tolerances.ScfHartree, $"{where}: {scf.TotalEnergy} vs psi4 {psi4}");
            }
            else
            {
                Assert.True(scf.TotalEnergy < psi4 + Tolerances.ScfHartree, $"{where}: {scf.TotalEnergy} above psi4's {psi4}");
            }
        }
    }

    [Fact]
    public void ThePathNamesTheRescueThatConverged()
    {
        // H2O at 2.4 Å: plain DIIS from the GWH guess oscillates between two excited configurations (no new lowest
        // error or energy for 50 iterations), the SAD-guess attempt converges to a stable solution below psi4's saddle
        // point (−74.2374417209, lowest Hessian eigenvalue −0.0998); without rescue the same DIIS run is reported as
        // not converged after its 100 iterations, with its path.
        var rescued = MoleculePipeline.Build(new MoleculeOptions(Water(2.4))).Scf;
        Assert.True(rescued.Path.Count >= 2, rescued.DescribePath());
        Assert.False(rescued.Path[0].Converged);
        Assert.Equal(ScfCures.None, rescued.Path[0].Cures);
        Assert.True(rescued.Path[^1].Converged);
        Assert.True(rescued.CuresUsed.HasFlag(ScfCures.SadGuess), rescued.DescribePath());
        Assert.Equal(rescued.Iterations, rescued.Path.Sum(a => a.Iterations));
        Assert.Equal(ScfStability.Stable, rescued.Stability);
        Assert.True(rescued.TotalEnergy < -74.2374417209);

        var options = new MoleculeOptions(Water(2.4), Scf: new ScfOptions(Rescue: false));
        var e = Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => MoleculePipeline.Build(options));
        Assert.Contains("did not converge in 100 iterations", e.Message);
        Assert.Contains("path: diis 100 (not converged)", e.Message);
    }

    [Fact]
    public void SadGuessCountsTheNeutralAtomsElectrons()
    {
        // tr(P S) = Σ_A Z_A for the block-diagonal superposition of neutral-atom densities (10 for H2O).
        var molecule = Water(1.0);
        var definition = Basis.BasisSetLibrary.Load("sto-3g");
        var basis = Basis.MolecularBasis.Build(molecule, definition);
        var n = basis.NumFunctions;
        var (s, _, _) = Integrals.OneElectronIntegrals.Compute(basis, molecule);
        var p = SadGuess.Density(molecule, definition);
        Assert.Equal(10.0, (p * Matrix<double>.Build.DenseOfRowMajor(n, n, s)).Trace(), 1e-8);
    }

    [Fact]
    public void AdiisCoefficientsMinimiseTheModelOverTheSimplex()
    {
        // Independent path: a grid over the 2-simplex (step 1/200) of the same ARH model must not beat the exact
        // face enumeration by more than the grid's resolution; c ≥ 0 and Σ c = 1.
        var rng = new Random(5);
        Matrix<double> Sym(int n) { var a = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5); return a + a.Transpose(); }
        var densities = Enumerable.Range(0, 3).Select(_ => Sym(4)).ToArray();
        var focks = Enumerable.Range(0, 3).Select(_ => Sym(4)).ToArray();
        var c = RhfSteps.AdiisCoefficients(densities, focks);
        Assert.All(c, ci => Assert.True(ci >= 0));
        Assert.Equal(1.0, c.Sum(), 1e-12);
        double Model(double[] w)
        {
            var p = densities[2] - densities[2];
            var f = focks[2] - focks[2];
            for (var i = 0; i < 3; i++)
            {
                p += w[i] * (densities[i] - densities[2]);
                f += w[i] * (focks[i] - focks[2]);
            }

            return p.PointwiseMultiply(focks[2]).Enumerate().Sum() + 0.5 * p.PointwiseMultiply(f).Enumerate().Sum();
        }

        var exact = Model(c);
        for (var i = 0; i <= 200; i++)
        {
            for (var j = 0; i + j <= 200; j++)
            {
                Assert.True(exact <= Model([i / 200.0, j / 200.0, (200 - i - j) / 200.0]) + 1e-12);
            }
        }
    }

    [Fact]
    public void CcsdOfStretchedNitrogenConvergesWithinFortyFiveIterations()
    {
        // Issue 13 item 2: N2/STO-3G at 2.0 Å did not converge in 200 iterations (last |ΔE| 6e-8); a textbook
        // spin-orbital CCSD with DIIS converges in 38. Same orbitals as psi4: the symmetric RHF solution (a saddle
        // point, so the stability follow-up is off), E_HF = −106.8715040456; psi4 1.3.2 CCSD (cc_type conv,
        // r_convergence 1e-9) −107.5569844507 (References/psi4-scf-stretch.log). Measured: 39 iterations.
        var r = MoleculePipeline.Build(new MoleculeOptions(Nitrogen(2.0), Scf: new ScfOptions(StabilityAnalysis: false)));
        Assert.Equal(-106.8715040456, r.Scf.TotalEnergy, Tolerances.ScfHartree);
        var cc = Ccsd.Compute(r.Hamiltonian);
        Assert.True(cc.Converged, $"{cc.ExitReason} after {cc.Iterations}");
        Assert.True(cc.Iterations <= 45, $"{cc.Iterations} iterations");
        Assert.Equal(-107.5569844507, cc.TotalEnergy, Tolerances.ScfHartree);
    }
    [Fact]
    public void RccsdAlongTheStretchMatchesPsi4OnTheSymmetricOrbitals()
    {
        // Issue 13 item 2: psi4 1.3.2 CCSD on its (symmetric, saddle-point) RHF orbitals at 1.8 Å, from
        // bench/chemistry/psi4_n2_stretch_ccsd.{py,log} (C1, scf_type pk, cc_type conv, e/d/r_convergence 1e-10):
        // hf = −107.0173269073, ccsd = −107.5029896275 (24 iterations).
        var r = MoleculePipeline.Build(new MoleculeOptions(Nitrogen(1.8), Scf: new ScfOptions(StabilityAnalysis: false)));
        Assert.Equal(-107.0173269073, r.Scf.TotalEnergy, Tolerances.ScfHartree);
        var cc = RestrictedCcsd.Compute(r.Hamiltonian);
        Assert.True(cc.Converged, $"{cc.ExitReason} after {cc.Iterations}");
        Assert.Equal(-107.5029896275, cc.TotalEnergy, Tolerances.ScfHartree);
    }

    [Fact]
    public void RccsdRescueConvergesOnTheStableStretchedNitrogenOrbitals()
    {
        // N2/STO-3G at 2.4 Å on the stable (cylindrical-symmetry-broken) RHF orbitals: plain DIIS from the MP2 start
        // wanders for 200 iterations (as it did for 1000, docs/benchmarks.md #13 item 2); the level-shifted rescue
        // (RestrictedCcsd.RescueLevelShift, DIIS 16) converges. Independent check: the returned amplitudes solve the
        // RCCSD equations, max |RHS(t)/D − t| below the amplitude tolerance, and give the returned energy.
        var r = MoleculePipeline.Build(new MoleculeOptions(Nitrogen(2.4)));
        Assert.Equal(ScfStability.Stable, r.Scf.Stability);
        var h = r.Hamiltonian;
        var plain = RestrictedCcsd.Compute(h, new CcsdOptions(LevelShift: 0));
        Assert.False(plain.Converged);
        var cc = RestrictedCcsd.Solve(h);
        Assert.True(cc.Result.Converged, $"{cc.Result.ExitReason} after {cc.Result.Iterations}");
        int o = cc.Occupied, v = cc.Virtuals;
        var t1 = new double[o * v];
        var t2 = new double[o * o * v * v];
        for (var i = 0; i < o; i++)
        for (var a = 0; a < v; a++)
        {
            t1[i * v + a] = cc.T1(i, a);
            for (var j = 0; j < o; j++)
            for (var b = 0; b < v; b++) t2[((i * o + j) * v + a) * v + b] = cc.T2(i, j, a, b);
        }

        var solver = new RccsdSolver(h, o, v);
        var (n1, n2) = solver.Update(t1, t2);
        var residual = n1.Select((x, k) => Math.Abs(x - t1[k])).Concat(n2.Select((x, k) => Math.Abs(x - t2[k]))).Max();
        Assert.True(residual < 1e-7, $"residual {residual:E2}");
        Assert.Equal(cc.Result.CorrelationEnergy, solver.Energy(t1, t2), Tolerances.Accumulated);
    }
}
