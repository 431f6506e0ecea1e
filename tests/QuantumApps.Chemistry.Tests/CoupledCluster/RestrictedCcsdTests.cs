using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.TestSupport;
using Xunit.Abstractions;

namespace QuantumApps.Chemistry.Tests.CoupledCluster;

/// <summary>
/// Spin-adapted RCCSD (<see cref="RestrictedCcsd"/>) against the spin-orbital CCSD (<see cref="Ccsd"/>, an
/// independent formulation: Stanton–Gauss intermediates over antisymmetrised spin-orbital integrals); the psi4 1.3.2 checks of
/// RCCSD are ReferenceEnergyTests.LargerMoleculesHfMp2CcsdMatchPsi4 (H2O/6-31G*, H2O/6-31G, N2, HCl).
/// </summary>
public class RestrictedCcsdTests(ITestOutputHelper output)
{
    /// <summary>Both solvers converge |ΔE| to 1e-10 and amplitudes to 1e-8; measured differences are ~1e-11, so 1e-9 Ha holds with margin.</summary>
    private const double TwoPaths = Tolerances.Eigenvalue;

    private static MolecularHamiltonian Build(string file, string basis, bool frozenCore = false, int charge = 0) =>
        MoleculePipeline.Build(new MoleculeOptions(TestData.Load(file, charge), basis, frozenCore ? "auto" : null)).Hamiltonian;

    [Theory]
    [InlineData("h2.xyz", "6-31g", false)]
    [InlineData("lih.xyz", "sto-3g", false)]
    [InlineData("h2o.xyz", "sto-3g", false)]
    [InlineData("h2o.xyz", "sto-3g", true)]
    [InlineData("heh+.xyz", "sto-3g", false, 1)]
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
