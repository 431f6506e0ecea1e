using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.TestSupport;
using Xunit.Abstractions;

namespace QuantumApps.Chemistry.Tests.CoupledCluster;

/// <summary>
/// CCSD(T): the closed-shell (T) (<see cref="PerturbativeTriples"/>) against psi4 1.3.2 and against an independent
/// spin-orbital (T) on the same amplitudes.
/// </summary>
public class PerturbativeTriplesTests(ITestOutputHelper output)
{
    /// <summary>
    /// psi4 and we converge energies to 1e-10 Ha and amplitudes to 1e-10 (psi4 r_convergence) / 1e-8 (ours); the HF
    /// and CCSD energies already agree to 1e-8 Ha (ReferenceEnergyTests), and (T) is linear in the amplitude errors
    /// times |E_(T)| ≤ 2e-3, so the CCSD(T) total energy is held to the same 1e-8 Ha.
    /// </summary>
    private const double Psi4Tolerance = Tolerances.ScfHartree;

    /// <summary>Two evaluations of the same (T) on identical amplitudes: only summation rounding differs.</summary>
    private const double TwoPaths = Tolerances.Accumulated;

    private static MolecularHamiltonian Build(string file, string basis) =>
        MoleculePipeline.Build(new MoleculeOptions(TestData.Load(file), basis)).Hamiltonian;

    /// <summary>
    /// psi4 1.3.2 CCSD(T) total energies from bench/chemistry/psi4_ccsd_t_references.py (its log beside it): C1,
    /// reference rhf, scf_type pk, cc_type conv, e/d/r_convergence 1e-10, puream false, freeze_core false, geometries
    /// of data/molecules in bohr (1 bohr = 0.52917721092 Å). H2O/6-31G* and N2/STO-3G (same log) are checked in
    /// ReferenceEnergyTests.LargerMoleculesHfMp2CcsdMatchPsi4, which already runs their CCSD.
    /// </summary>
    [Theory]
    [InlineData("h2o.xyz", "sto-3g", -75.0124617015, -75.0125291112)]
    [InlineData("lih.xyz", "6-31g*", -8.0031050601, -8.0031186467)]
    [InlineData("nh3.xyz", "sto-3g", -55.5189069818, -55.5190270983)]
    public void MatchesPsi4(string file, string basis, double psi4Ccsd, double psi4CcsdT)
    {
        var h = Build(file, basis);
        var cc = RestrictedCcsd.Solve(h);
        Assert.True(cc.Result.Converged);
        double t = PerturbativeTriples.Correction(h, cc);
        double total = cc.Result.TotalEnergy + t;
        output.WriteLine($"{file} {basis}: (T) {t:F12}, ΔCCSD {cc.Result.TotalEnergy - psi4Ccsd:E2}, ΔCCSD(T) {total - psi4CcsdT:E2}");
        Assert.Equal(psi4Ccsd, cc.Result.TotalEnergy, Psi4Tolerance);
        Assert.Equal(psi4CcsdT, total, Psi4Tolerance);
    }

    /// <summary>The spin-adapted (T) equals the textbook spin-orbital (T) on the same amplitudes.</summary>
    [Theory]
    [InlineData("h2o.xyz", "sto-3g")]
    public void EqualsSpinOrbitalTriples(string file, string basis)
    {
        var h = Build(file, basis);
        var cc = RestrictedCcsd.Solve(h);
        double fast = PerturbativeTriples.Correction(h, cc);
        double slow = SpinOrbitalTriples(h, cc);
        output.WriteLine($"{file} {basis}: spin-adapted {fast:E12}, spin-orbital {slow:E12}");
        Assert.True(Math.Abs(fast) > 1e-6);
        Assert.Equal(slow, fast, TwoPaths);
    }

    [Fact]
    public void RefusesNonCanonicalOrbitals()
    {
        var h = RestrictedCcsdTests.Rotate(Build("h2o.xyz", "sto-3g"), 1, 3, 0.3);
        var cc = RestrictedCcsd.Solve(h);
        var e = Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => PerturbativeTriples.Correction(h, cc));
        Assert.Contains("canonical", e.Message);
    }

    /// <summary>
    /// Spin-orbital (T) (Crawford &amp; Schaefer, Rev. Comp. Chem. 14, 33 (2000); the psi4numpy CCSD(T) tutorial):
    /// D t_c = P(i/jk) P(a/bc) [Σ_e t_jk^ae ⟨ei||bc⟩ − Σ_m t_im^bc ⟨ma||jk⟩], D t_d = P(i/jk) P(a/bc) t_i^a ⟨jk||bc⟩,
    /// E_(T) = (1/36) Σ t_c D (t_c + t_d), P(i/jk) f(ijk) = f(ijk) − f(jik) − f(kji), spin orbitals 2p + σ, the spin-orbital
    /// amplitudes built from the spatial ones (t^{AB}_{IJ} = δ_{σIσA} δ_{σJσB} t_ij^ab − δ_{σIσB} δ_{σJσA} t_ij^ba).
    /// </summary>
    private static double SpinOrbitalTriples(MolecularHamiltonian h, RccsdSolution cc)
    {
        int n = h.NumOrbitals, o = cc.Occupied, no = 2 * o, nv = 2 * cc.Virtuals;
        var g = h.TwoBody;
        double Chem(int p, int q, int r, int s) => g[((p * n + q) * n + r) * n + s];
        // spin orbital index P: occupied 0..2o-1 → spatial P/2, virtual 2o.. → spatial o + (P-2o)/2; spin P % 2.
        int Sp(int p, bool virt) => virt ? o + (p - no) / 2 : p / 2;
        double Phys(int p, int q, int r, int s)
        {
            // <pq|rs> in spin orbitals with absolute indices (occupied first, then virtual).
            if (p % 2 != r % 2 || q % 2 != s % 2) return 0;
            return Chem(Sp(p, p >= no), Sp(r, r >= no), Sp(q, q >= no), Sp(s, s >= no));
        }

        int ns = no + nv;
        var anti = new double[ns * ns * ns * ns];
        for (int p = 0; p < ns; p++)
        for (int q = 0; q < ns; q++)
        for (int r = 0; r < ns; r++)
        for (int t = 0; t < ns; t++) anti[((p * ns + q) * ns + r) * ns + t] = Phys(p, q, r, t) - Phys(p, q, t, r);
        var t2 = new double[no * no * nv * nv];
        for (int i = 0; i < no; i++)
        for (int j = 0; j < no; j++)
        for (int a = 0; a < nv; a++)
        for (int b = 0; b < nv; b++)
        {
            t2[((i * no + j) * nv + a) * nv + b] = (i % 2 == a % 2 && j % 2 == b % 2 ? cc.T2(i / 2, j / 2, a / 2, b / 2) : 0)
                - (i % 2 == b % 2 && j % 2 == a % 2 ? cc.T2(i / 2, j / 2, b / 2, a / 2) : 0);
        }

        double Anti(int p, int q, int r, int s) => anti[((p * ns + q) * ns + r) * ns + s];
        double T1(int i, int a) => i % 2 == a % 2 ? cc.T1(i / 2, a / 2) : 0;
        double T2(int i, int j, int a, int b) => t2[((i * no + j) * nv + a) * nv + b];
        var fock = QuantumApps.Chemistry.Methods.ClosedShellReference.Fock(h);
        double E(int p, bool virt) => virt ? fock[(o + p / 2) * n + o + p / 2] : fock[(p / 2) * n + p / 2];

        // Connected (c) and disconnected (d) parts before the permutations; indices i,j,k occupied, a,b,c virtual (0-based in their blocks).
        double C(int i, int j, int k, int a, int b, int c)
        {
            double s = 0;
            for (int e = 0; e < nv; e++) s += T2(j, k, a, e) * Anti(no + e, i, no + b, no + c);
            for (int m = 0; m < no; m++) s -= T2(i, m, b, c) * Anti(m, no + a, j, k);
            return s;
        }

        double Dd(int i, int j, int k, int a, int b, int c) => T1(i, a) * Anti(j, k, no + b, no + c);
        double P(Func<int, int, int, int, int, int, double> f, int i, int j, int k, int a, int b, int c)
        {
            double Pa(int x, int y, int z) => f(x, y, z, a, b, c) - f(x, y, z, b, a, c) - f(x, y, z, c, b, a);
            return Pa(i, j, k) - Pa(j, i, k) - Pa(k, j, i);
        }

        double sum = 0;
        for (int i = 0; i < no; i++)
        for (int j = 0; j < no; j++)
        for (int k = 0; k < no; k++)
        for (int a = 0; a < nv; a++)
        for (int b = 0; b < nv; b++)
        for (int c = 0; c < nv; c++)
        {
            double d = E(i, false) + E(j, false) + E(k, false) - E(a, true) - E(b, true) - E(c, true);
            double tc = P(C, i, j, k, a, b, c) / d;
            double td = P(Dd, i, j, k, a, b, c) / d;
            sum += tc * d * (tc + td);
        }

        return sum / 36;
    }
}
