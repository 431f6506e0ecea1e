using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests;

public class MoleculeTests
{
    /// <summary>E_nuc is one division per pair: rounding only.</summary>
    private const double ExactTolerance = 1e-14;

    /// <summary>
    /// OpenFermion's bundled H2 value 0.713753990544915 was generated with the CODATA 2006 bohr
    /// (0.52917720859 Å); our CODATA 2010 constant gives 0.7137539936876, 3.1e-9 higher. 5e-9 admits exactly that.
    /// </summary>
    private const double CodataDifferenceTolerance = 5e-9;

    [Fact]
    public void H2GeometryIsConvertedToBohrAndGivesNuclearRepulsion()
    {
        var h2 = TestData.Load("h2.xyz");
        var rBohr = 0.7414 / 0.52917721092;
        Assert.Equal(rBohr, h2.Atoms[1].ZBohr, ExactTolerance);
        // Independent path: E_nuc = Z_A Z_B / R for two protons.
        Assert.Equal(1 / rBohr, h2.NuclearRepulsion(), ExactTolerance);
        // OpenFermion H2 sto-3g 0.7414 data (nuclear_repulsion), see tolerance note.
        Assert.Equal(0.713753990544915, h2.NuclearRepulsion(), CodataDifferenceTolerance);
        // psi4 1.3.2 with the same bohr geometry printed E_nuc = 0.713753993687.
        Assert.Equal(0.713753993687, h2.NuclearRepulsion(), 1e-12);
    }

    [Fact]
    public void WaterNuclearRepulsionMatchesPsi4()
    {
        // psi4 1.3.2, geometry data/molecules/h2o.xyz in bohr (CODATA 2010): nuclear_repulsion_energy() = 9.189533762935.
        Assert.Equal(9.189533762935, TestData.Load("h2o.xyz").NuclearRepulsion(), 1e-11);
    }

    [Theory]
    [InlineData("h2.xyz", 0, "H2", 2)]
    [InlineData("lih.xyz", 0, "LiH", 4)]
    [InlineData("h2o.xyz", 0, "H2O", 10)]
    [InlineData("nh3.xyz", 0, "NH3", 10)]
    [InlineData("beh2.xyz", 0, "BeH2", 6)]
    [InlineData("heh+.xyz", 1, "HeH", 2)]
    [InlineData("n2.xyz", 0, "N2", 14)]
    public void FormulaAndElectronCount(string file, int charge, string formula, int electrons)
    {
        var m = TestData.Load(file, charge);
        Assert.Equal(formula, m.Formula);
        Assert.Equal(electrons, m.NumElectrons);
        Assert.Equal(electrons / 2, m.NumAlpha);
        Assert.Equal(electrons / 2, m.NumBeta);
    }

    [Fact]
    public void MoleculesHaveValueEquality()
    {
        Assert.Equal(TestData.Load("h2o.xyz"), TestData.Load("h2o.xyz"));
        Assert.NotEqual(TestData.Load("h2o.xyz"), TestData.Load("h2o.xyz", 2));
    }

    [Fact]
    public void TripletOxygenAtomHasUnpairedElectrons()
    {
        var o = XyzReader.Parse("1\nO atom\nO 0 0 0\n", "o.xyz", 0, 3);
        Assert.Equal(5, o.NumAlpha);
        Assert.Equal(3, o.NumBeta);
    }

    [Theory]
    [InlineData("2\nc\nH 0 0 0\nXx 0 0 1\n", "t.xyz:4: unknown element 'Xx'")]
    [InlineData("2\nc\nH 0 0 0\nH 0 0\n", "t.xyz:4: malformed atom line")]
    [InlineData("2\nc\nH 0 0 0\nH 0 zero 1\n", "t.xyz:4: malformed coordinate 'zero' (column 3)")]
    [InlineData("3\nc\nH 0 0 0\nH 0 0 1\n", "t.xyz:1: atom count says 3 but the file has 2")]
    [InlineData("two\nc\nH 0 0 0\n", "t.xyz:1: expected a positive atom count")]
    [InlineData("2\nc\nH 0 0 0\nH 0 0 0.05\n", "t.xyz:4: atom 2 (H) is 0.05 Å from atom 1")]
    public void MalformedXyzIsRejectedWithFileAndLine(string text, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => XyzReader.Parse(text, "t.xyz"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void ParityMismatchIsRejected()
    {
        var e = Assert.Throws<QuantumAppsException>(() => XyzReader.Parse("2\nc\nH 0 0 0\nH 0 0 0.74\n", "t.xyz", 0, 2));
        Assert.Contains("t.xyz:1:", e.Message);
        Assert.Contains("cannot have multiplicity 2", e.Message);
        Assert.Throws<QuantumAppsException>(() => XyzReader.Parse("1\nc\nH 0 0 0\n", "t.xyz", 2, 1));
    }
}
