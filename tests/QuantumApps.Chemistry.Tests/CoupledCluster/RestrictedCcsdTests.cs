using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.TestSupport;
using Xunit.Abstractions;

namespace QuantumApps.Chemistry.Tests.CoupledCluster;

/// <summary>
/// Spin-adapted RCCSD (<see cref="RestrictedCcsd"/>) against the spin-orbital CCSD (<see cref="Ccsd"/>, an
/// independent formulation: Stanton–Gauss intermediates over antisymmetrised spin-orbital integrals) and against
/// psi4 1.3.2 (References/psi4-references.log, settings in psi4-references.py).
/// </summary>
public class RestrictedCcsdTests(ITestOutputHelper output)
{
    /// <summary>Both solvers converge |ΔE| to 1e-10 and amplitudes to 1e-8; measured differences are ~1e-11, so 1e-9 Ha holds with margin.</summary>
    private const double TwoPaths = Tolerances.Eigenvalue;

    /// <summary>psi4 printed 10 decimals and converged to 1e-10 (ReferenceEnergyTests.CorrelatedTolerance).</summary>
    private const double Psi4 = 1e-8;

    private static MolecularHamiltonian Build(string file, string basis, bool frozenCore = false, int charge = 0) =>
        MoleculePipeline.Build(new MoleculeOptions(TestData.Load(file, charge), basis, frozenCore ? "auto" : null)).Hamiltonian;

    [Theory]
    [InlineData("h2.xyz", "6-31g", false)]
    [InlineData("lih.xyz", "sto-3g", false)]
    [InlineData("h2o.xyz", "sto-3g", false)]
    [InlineData("h2o.xyz", "sto-3g", true)]
    [InlineData("heh+.xyz", "sto-3g", false, 1)]
    [InlineData("n2.xyz", "sto-3g", false)]
    public void EqualsSpinOrbitalCcsd(string file, string basis, bool frozenCore, int charge = 0)
    {
        var h = Build(file, basis, frozenCore, charge);
        var r = RestrictedCcsd.Compute(h);
        var so = Ccsd.Compute(h);
        output.WriteLine($"{file} {basis}: RCCSD {r.TotalEnergy:F12} ({r.Iterations} it), spin-orbital {so.TotalEnergy:F12} ({so.Iterations} it), Δ {r.TotalEnergy - so.TotalEnergy:E2}");
        Assert.True(r.Converged);
        Assert.True(so.Converged);
        Assert.Equal(so.TotalEnergy, r.TotalEnergy, TwoPaths);
    }

    /// <summary>Non-canonical orbitals: rotating two occupied orbitals leaves the CCSD energy unchanged (the full Fock matrix is used).</summary>
    [Fact]
    public void InvariantUnderAnOccupiedRotation()
    {
        var h = Build("h2o.xyz", "sto-3g");
        var rotated = Rotate(h, 1, 3, 0.3);
        Assert.Equal(RestrictedCcsd.Compute(h).TotalEnergy, RestrictedCcsd.Compute(rotated).TotalEnergy, TwoPaths);
    }

    /// <summary>psi4 1.3.2 CCSD (References/psi4-references.log): H2O/6-31G* all-electron, H2O/6-31G, HCl/6-31G* frozen core (psi4-fci.log).</summary>
    [Theory]
    [InlineData("h2o.xyz", "6-31g*", false, -76.2078218648)]
    [InlineData("h2o.xyz", "6-31g", false, -76.1193539723)]
    [InlineData("hcl.xyz", "6-31g*", true, -460.2091747426)]
    [InlineData("n2.xyz", "sto-3g", false, -107.6489412268)]
    public void MatchesPsi4(string file, string basis, bool frozenCore, double psi4)
    {
        var r = RestrictedCcsd.Compute(Build(file, basis, frozenCore));
        Assert.True(r.Converged);
        output.WriteLine($"{file} {basis}: Δ {r.TotalEnergy - psi4:E2} in {r.Iterations} iterations");
        Assert.Equal(psi4, r.TotalEnergy, Psi4);
    }

    /// <summary>The Hamiltonian in orbitals where occupied p and q are rotated by θ (h and (pq|rs) transformed exactly).</summary>
    internal static MolecularHamiltonian Rotate(MolecularHamiltonian h, int p, int q, double theta)
    {
        var n = h.NumOrbitals;
        var u = new double[n * n];
        for (var i = 0; i < n; i++) u[i * n + i] = 1;
        u[p * n + p] = Math.Cos(theta);
        u[q * n + q] = Math.Cos(theta);
        u[p * n + q] = -Math.Sin(theta);
        u[q * n + p] = Math.Sin(theta);
        var one = MoIntegralTransform.OneBody(h.OneBody, n, u, n, n);
        var two = MoIntegralTransform.TwoBody(h.TwoBody, n, u, n, n);
        return h with { OneBody = one, TwoBody = two };
    }
}
