using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;

namespace QuantumApps.Chemistry.Tests;

public class BasisTests
{
    /// <summary>Diagonal overlaps are sums of a few Gaussian products: rounding only.</summary>
    private const double NormTolerance = 1e-12;

    [Fact]
    public void Sto3gHydrogenIsReadAsPublished()
    {
        // data/basis/sto-3g.gbs (psi4 1.3.2 / BSE): H S 3 with exponents 3.42525091, 0.62391373, 0.16885540.
        var h = BasisSetLibrary.Load("STO-3G").ShellsByAtomicNumber[1];
        Assert.Single(h);
        Assert.Equal(new[] { 3.42525091, 0.62391373, 0.16885540 }, h[0].Exponents);
        Assert.Equal(new[] { 0.15432897, 0.53532814, 0.44463454 }, h[0].Coefficients);
    }

    [Fact]
    public void SpShellsAreSplitIntoSAndP()
    {
        // 6-31G Li: S6, SP3, SP1 → S, S, P, S, P (1+1+3+1+3 = 9 functions).
        var li = BasisSetLibrary.Load("6-31g").ShellsByAtomicNumber[3];
        Assert.Equal(new[] { 0, 0, 1, 0, 1 }, li.Select(s => s.AngularMomentum));
        Assert.Equal(li[1].Exponents, li[2].Exponents);
    }

    [Theory]
    [InlineData("h2o.xyz", "sto-3g", 7)]
    [InlineData("h2o.xyz", "6-31g", 13)]
    [InlineData("h2o.xyz", "6-31G*", 19)]
    [InlineData("h2o.xyz", "6-31g(d)", 19)]
    [InlineData("lih.xyz", "6-31g", 11)]
    [InlineData("nh3.xyz", "sto-3g", 8)]
    public void FunctionCountsUseCartesianD(string file, string basis, int expected)
    {
        // Counts by hand: O 6-31G* = 1s + 2×(s+3p) + 6 Cartesian d = 15, H = 2, so H2O = 19 (18 with spherical d).
        Assert.Equal(expected, MolecularBasis.Build(TestData.Load(file), BasisSetLibrary.Load(basis)).NumFunctions);
    }

    [Fact]
    public void EveryCartesianFunctionIsNormalised()
    {
        var molecule = TestData.Load("h2o.xyz");
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load("6-31g*"));
        var (s, _, _) = OneElectronIntegrals.Compute(basis, molecule);
        var n = basis.NumFunctions;
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(1.0, s[i * n + i], NormTolerance);
        }
    }

    [Fact]
    public void AllBundledBasisSetsCoverHydrogenToArgon()
    {
        foreach (var name in BasisSetLibrary.BundledNames)
        {
            var b = BasisSetLibrary.Load(name);
            Assert.Equal(Enumerable.Range(1, 18), b.ShellsByAtomicNumber.Keys.Order());
        }
    }

    [Fact]
    public void UnknownBasisAndMissingElementAreReported()
    {
        Assert.Contains("neither a file nor a bundled basis", Assert.Throws<QuantumAppsException>(() => BasisSetLibrary.Load("cc-pvqz")).Message);
        var onlyH = Gaussian94BasisParser.Parse("****\nH 0\nS 1 1.00\n 1.0 1.0\n****\n", "mini", "mini.gbs");
        var e = Assert.Throws<QuantumAppsException>(() => MolecularBasis.Build(TestData.Load("lih.xyz"), onlyH));
        Assert.Contains("no functions for element Li", e.Message);
    }

    [Theory]
    [InlineData("****\nH 0\nS 1 1.00\n abc 1.0\n****\n", "b.gbs:4: malformed number 'abc'")]
    [InlineData("****\nH 0\nQ 1 1.00\n 1.0 1.0\n****\n", "b.gbs:3: unknown shell type 'Q'")]
    [InlineData("****\nH 0\nSP 1 1.00\n 1.0 1.0\n****\n", "b.gbs:4: expected 'exponent coefS coefP'")]
    public void MalformedBasisFilesNameTheLine(string text, string expected)
    {
        var e = Assert.Throws<QuantumAppsException>(() => Gaussian94BasisParser.Parse(text, "b", "b.gbs"));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void FortranExponentsAndScaleFactorsAreHonoured()
    {
        var b = Gaussian94BasisParser.Parse("****\nH 0\nS 1 2.00\n 0.5D+00 1.0\n****\n", "b", "b.gbs");
        Assert.Equal(2.0, b.ShellsByAtomicNumber[1][0].Exponents[0]);
        Assert.Equal(1, PeriodicTable.TryFromSymbol("h")!.AtomicNumber);
    }
}
