using MathNet.Numerics;
using MathNet.Numerics.Integration;
using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Molecules;

namespace QuantumApps.Chemistry.Tests;

public class IntegralTests
{
    /// <summary>Szabo &amp; Ostlund print 4 decimals; half a unit in the last place plus rounding of their STO-3G fit.</summary>
    private const double SzaboOstlundTolerance = 6e-5;

    /// <summary>Boys function vs 512-point Gauss–Legendre quadrature of a smooth integrand: both near 1e-15 relative.</summary>
    private const double BoysRelativeTolerance = 1e-12;

    /// <summary>Symmetry-related ERIs from different Hermite expansions agree to rounding.</summary>
    private const double SymmetryTolerance = 1e-13;

    /// <summary>Translation changes every coordinate difference by rounding (|r| ~ 3 bohr, exponents up to 5e3).</summary>
    private const double TranslationTolerance = 1e-11;

    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-7)]
    [InlineData(0.024)]
    [InlineData(0.3)]
    [InlineData(2.5)]
    [InlineData(11.11)]
    [InlineData(27.3)]
    [InlineData(39.99)]
    [InlineData(40.01)]
    [InlineData(75.0)]
    [InlineData(300.0)]
    public void BoysFunctionMatchesQuadrature(double t)
    {
        Span<double> values = stackalloc double[13];
        BoysFunction.Evaluate(12, t, values);
        for (var m = 0; m <= 12; m++)
        {
            var mm = m;
            // Slow oracle: F_m(T) = ∫₀¹ u^{2m} exp(−T u²) du by Gauss–Legendre.
            var quad = GaussLegendreRule.Integrate(u => Math.Pow(u, 2 * mm) * Math.Exp(-t * u * u), 0, 1, 512);
            Assert.True(Math.Abs(values[m] - quad) <= BoysRelativeTolerance * quad,
                $"F_{m}({t}) = {values[m]:R}, quadrature {quad:R}");
        }

        // Closed form F_0(T) = ½ √(π/T) erf(√T).
        var f0 = t == 0 ? 1.0 : 0.5 * Math.Sqrt(Math.PI / t) * SpecialFunctions.Erf(Math.Sqrt(t));
        Assert.Equal(f0, values[0], BoysRelativeTolerance);
    }

    [Fact]
    public void H2Sto3gIntegralsMatchSzaboOstlund()
    {
        // Szabo & Ostlund, Modern Quantum Chemistry, §3.5.2: H2, STO-3G (ζ = 1.24), R = 1.4 bohr.
        var h2 = new Molecule([
            new Atom(PeriodicTable.FromAtomicNumber(1), 0, 0, 0),
            new Atom(PeriodicTable.FromAtomicNumber(1), 0, 0, 1.4),
        ]);
        var basis = MolecularBasis.Build(h2, BasisSetLibrary.Load("sto-3g"));
        var (s, t, v) = OneElectronIntegrals.Compute(basis, h2);
        var eri = ElectronRepulsionIntegrals.Compute(basis);
        double G(int p, int q, int r, int x) => eri[((p * 2 + q) * 2 + r) * 2 + x];
        Assert.Equal(0.6593, s[1], SzaboOstlundTolerance);
        Assert.Equal(0.7600, t[0], SzaboOstlundTolerance);
        Assert.Equal(0.2365, t[1], SzaboOstlundTolerance);
        Assert.Equal(-1.1204, t[0] + v[0], SzaboOstlundTolerance);
        Assert.Equal(-0.9584, t[1] + v[1], SzaboOstlundTolerance);
        Assert.Equal(-1.2266 - 0.6538, v[0], SzaboOstlundTolerance);
        Assert.Equal(0.7746, G(0, 0, 0, 0), SzaboOstlundTolerance);
        Assert.Equal(0.5697, G(0, 0, 1, 1), SzaboOstlundTolerance);
        Assert.Equal(0.4441, G(1, 0, 0, 0), SzaboOstlundTolerance);
        Assert.Equal(0.2970, G(1, 0, 1, 0), SzaboOstlundTolerance);
    }

    [Fact]
    public void EriBlocksAgreeUnderAllEightPermutations()
    {
        // Compute shell quartets directly in every index order (different Hermite expansions and R arguments)
        // and compare with the canonical dense array: a check of the E and R recursions for s, p and d shells.
        var molecule = TestData.Load("h2o.xyz");
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load("6-31g*"));
        var eri = ElectronRepulsionIntegrals.Compute(basis);
        var n = basis.NumFunctions;
        var shells = basis.Shells;
        var d = shells.First(x => x.AngularMomentum == 2);
        var p = shells.First(x => x.AngularMomentum == 1);
        var sO = shells.First(x => x.AngularMomentum == 0);
        var sH = shells.Last();
        var quartets = new[] { (d, p, sH, d), (p, sH, d, sO), (sH, d, p, p), (d, d, d, d) };
        var work = new double[HermiteCoulomb.WorkSize(16)];
        var r = new double[HermiteCoulomb.OutputSize(16)];
        var m = new double[165 * 165];
        var tmp = new double[36 * 165];
        foreach (var (a, b, c, e) in quartets)
        {
            var bra = new ShellPair(a, b);
            var ket = new ShellPair(c, e);
            var block = new double[bra.ComponentPairs * ket.ComponentPairs];
            ElectronRepulsionIntegrals.ComputeQuartet(bra, ket, block, work, r, m, tmp);
            for (var i = 0; i < a.Size; i++)
            {
                for (var j = 0; j < b.Size; j++)
                {
                    for (var k = 0; k < c.Size; k++)
                    {
                        for (var l = 0; l < e.Size; l++)
                        {
                            long mu = a.FunctionOffset + i, nu = b.FunctionOffset + j, la = c.FunctionOffset + k, si = e.FunctionOffset + l;
                            var direct = block[(i * b.Size + j) * ket.ComponentPairs + k * e.Size + l];
                            Assert.Equal(eri[((mu * n + nu) * n + la) * n + si], direct, SymmetryTolerance);
                            Assert.Equal(eri[((la * n + si) * n + nu) * n + mu], direct, SymmetryTolerance);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void OneElectronMatricesAreSymmetricAndOverlapIsPositiveDefinite()
    {
        var molecule = TestData.Load("nh3.xyz");
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load("6-31g*"));
        var (s, t, v) = OneElectronIntegrals.Compute(basis, molecule);
        var n = basis.NumFunctions;
        var sm = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfRowMajor(n, n, s);
        Assert.True(sm.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Min() > 0);
        for (var i = 0; i < n; i++)
        {
            Assert.True(t[i * n + i] > 0, "kinetic energy diagonal must be positive");
            Assert.True(v[i * n + i] < 0, "nuclear attraction diagonal must be negative");
        }
    }

    [Fact]
    public void TranslatingTheMoleculeLeavesIntegralsUnchanged()
    {
        // Independent path: the same H2O shifted by (0.3, −1.1, 2.0) bohr changes every centre and P−C vector.
        var m1 = TestData.Load("h2o.xyz");
        var m2 = new Molecule(m1.Atoms.Select(a => a with { XBohr = a.XBohr + 0.3, YBohr = a.YBohr - 1.1, ZBohr = a.ZBohr + 2.0 }));
        var def = BasisSetLibrary.Load("6-31g*");
        var b1 = MolecularBasis.Build(m1, def);
        var b2 = MolecularBasis.Build(m2, def);
        var (_, t1, v1) = OneElectronIntegrals.Compute(b1, m1);
        var (_, t2, v2) = OneElectronIntegrals.Compute(b2, m2);
        var e1 = ElectronRepulsionIntegrals.Compute(b1);
        var e2 = ElectronRepulsionIntegrals.Compute(b2);
        for (var i = 0; i < t1.Length; i++)
        {
            Assert.Equal(t1[i], t2[i], TranslationTolerance);
            Assert.Equal(v1[i], v2[i], TranslationTolerance);
        }

        for (var i = 0; i < e1.Length; i += 7)
        {
            Assert.Equal(e1[i], e2[i], TranslationTolerance);
        }
    }
}
