using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests;

public class HamiltonianTests
{
    /// <summary>Quarter transforms vs the O(n⁸) sum: same products in another order, rounding only.</summary>
    private const double TransformTolerance = 1e-12;

    /// <summary>Energy identities of converged orbitals (frozen-core bookkeeping), rounding of O(n⁴) sums.</summary>
    private const double EnergyIdentityTolerance = 1e-9;

    /// <summary>CCSD converged to 1e-10 in energy vs a dense diagonalisation of the same Hamiltonian.</summary>
    private const double ExactCcsdTolerance = 1e-9;

    [Fact]
    public void QuarterTransformsMatchTheNaiveEightFoldSum()
    {
        var molecule = TestData.Load("h2o.xyz");
        var r = MoleculePipeline.Build(new MoleculeOptions(molecule));
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load("sto-3g"));
        var ao = ElectronRepulsionIntegrals.Compute(basis);
        var n = basis.NumFunctions;
        var c = r.Scf.Coefficients;
        var mo = MoIntegralTransform.TwoBody(ao, n, c, n, n);
        var rng = new Random(7);
        for (var sample = 0; sample < 40; sample++)
        {
            int p = rng.Next(n), q = rng.Next(n), x = rng.Next(n), y = rng.Next(n);
            var slow = 0.0;
            for (var a = 0; a < n; a++)
            {
                for (var b = 0; b < n; b++)
                {
                    for (var d = 0; d < n; d++)
                    {
                        for (var e = 0; e < n; e++)
                        {
                            slow += c[a * n + p] * c[b * n + q] * c[d * n + x] * c[e * n + y] * ao[((a * n + b) * n + d) * n + e];
                        }
                    }
                }
            }

            Assert.Equal(slow, mo[((p * n + q) * n + x) * n + y], TransformTolerance);
        }

        // The full-space Hamiltonian carries exactly these MO integrals.
        Assert.Equal(mo, r.Hamiltonian.TwoBody);
    }

    [Theory]
    [InlineData("lih.xyz", "sto-3g", "auto", null, null, 1)]
    [InlineData("h2o.xyz", "sto-3g", "auto", null, null, 1)]
    [InlineData("h2o.xyz", "sto-3g", null, 4, 4, 3)]
    [InlineData("nh3.xyz", "sto-3g", "2", null, null, 2)]
    public void FrozenCoreHamiltonianKeepsTheRhfEnergy(string file, string basis, string? frozenCore, int? ae, int? ao, int expectedFrozen)
    {
        // E_const + E_ref(active) must equal the RHF energy: the core energy and effective one-body term
        // account exactly for the frozen doubly occupied orbitals.
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load(file), basis, frozenCore, ae, ao));
        Assert.Equal(expectedFrozen, r.FrozenOrbitals);
        Assert.Equal(r.Molecule.NumElectrons - 2 * expectedFrozen, r.Hamiltonian.NumElectrons);
        Assert.Equal(r.Scf.TotalEnergy, ClosedShellReference.Energy(r.Hamiltonian), EnergyIdentityTolerance);
    }

    [Fact]
    public void ActiveSpaceIsChosenAroundTheFermiLevel()
    {
        // H2O STO-3G: 5 occupied of 7 MOs; (4e, 3o) keeps MOs 3..5 (2 occupied + 1 virtual), freezing 3.
        var full = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz")));
        var cas = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz"), ActiveElectrons: 4, ActiveOrbitals: 3));
        Assert.Equal(new ActiveSpace(3, 3, 4), cas.ActiveSpace);
        Assert.Equal(full.Hamiltonian.G(3, 4, 5, 3), cas.Hamiltonian.G(0, 1, 2, 0), TransformTolerance);
        Assert.Equal(2, cas.Hamiltonian.NumAlpha);
    }

    [Fact]
    public void TwoActiveElectronsGiveExactActiveSpaceEnergyByCcsd()
    {
        // LiH STO-3G with frozen Li 1s: 2 electrons in 5 orbitals, where CCSD is exact; the oracle is our
        // independent 2-electron CI in the same active space.
        var r = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("lih.xyz"), FrozenCore: "auto"));
        Assert.Equal(2, r.Hamiltonian.NumElectrons);
        Assert.Equal(TwoElectronFci.GroundEnergy(r.Hamiltonian), Ccsd.Compute(r.Hamiltonian).TotalEnergy, ExactCcsdTolerance);
    }

    [Theory]
    [InlineData(10, 7, null, 4, 9, "larger than the 4 available")]
    [InlineData(10, 7, null, 6, 2, "do not fit")]
    [InlineData(10, 7, null, 3, 2, "is odd; inactive orbitals")]
    [InlineData(10, 7, null, 5, 3, "is odd")]
    [InlineData(10, 7, 2, 4, 3, "conflicts with 4 active electrons")]
    [InlineData(10, 7, 6, null, null, "only 10 electrons")]
    [InlineData(10, 7, null, 12, null, "active electrons must be 0..10")]
    public void ImpossibleActiveSpacesAreRefused(int electrons, int orbitals, int? frozen, int? ae, int? ao, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => ActiveSpaceSelector.Resolve(electrons, orbitals, frozen, ae, ao));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void FrozenCoreSpecIsParsed()
    {
        var water = TestData.Load("h2o.xyz");
        Assert.Equal(1, ActiveSpaceSelector.ParseFrozenCore("auto", water));
        Assert.Equal(0, ActiveSpaceSelector.ParseFrozenCore("none", water));
        Assert.Equal(3, ActiveSpaceSelector.ParseFrozenCore("3", water));
        Assert.Throws<QuantumAppsException>(() => ActiveSpaceSelector.ParseFrozenCore("-1", water));
        Assert.Throws<QuantumAppsException>(() => ActiveSpaceSelector.ParseFrozenCore("auto", null));
    }
}
