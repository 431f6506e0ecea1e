using QuantumApps.Chemistry.Basis;
using QuantumApps.Chemistry.CoupledCluster;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Chemistry.Integrals;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests;

/// <summary>
/// Schwarz screening of the ERIs (<see cref="ElectronRepulsionIntegrals"/>), the symmetric two-half MO transform
/// (<see cref="MoIntegralTransform"/>) and the blocked W_vvvv ladder of RCCSD, each against an independent path.
/// </summary>
public class IntegralScreeningTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Sums of the same products in another order (n ≤ 14 terms per index): rounding only.</summary>
    private const double RoundingTolerance = 1e-12;

    /// <summary>
    /// The Cauchy–Schwarz bound |(μν|λσ)| ≤ √(μν|μν)·√(λσ|λσ) is exact; the computed integrals carry rounding of ~1e-16
    /// relative to the O(1) diagonal integrals.
    /// </summary>
    private const double BoundRounding = 1e-14;

    /// <summary>
    /// Two STO-3G waters displaced along x (perpendicular to their planes' dipoles): shell pairs across the molecules
    /// have Schwarz factors Q ~ exp(−μR²) from ~1e-3 down to 0, so the bound skips some quartets with small non-zero
    /// integrals (measured: 469 of 1540 quartets, 5632 integrals up to 1.9e-13, at 6 Å and 1e-12; 763 quartets,
    /// 17,448 integrals up to 4.5e-7, at 5 Å and 1e-6). Much farther apart (12 Å) every skipped integral is already an
    /// exact 0 (negligible primitive pairs are dropped), which would not test the threshold.
    /// </summary>
    private static Molecule WaterDimer(double separationAngstrom)
    {
        var w = TestData.Load("h2o.xyz");
        var shift = PhysicalConstants.AngstromToBohr(separationAngstrom);
        return new Molecule(w.Atoms.Concat(w.Atoms.Select(a => a with { XBohr = a.XBohr + shift })));
    }

    [Theory]
    [InlineData(ElectronRepulsionIntegrals.DefaultSchwarzThreshold, 6.0)]
    [InlineData(1e-6, 5.0)]
    public void ScreenedIntegralsAgreeWithUnscreenedToTheThreshold(double threshold, double separationAngstrom)
    {
        var molecule = WaterDimer(separationAngstrom);
        var basis = MolecularBasis.Build(molecule, BasisSetLibrary.Load("sto-3g"));
        var n = basis.NumFunctions;
        var full = ElectronRepulsionIntegrals.Compute(basis, 0);
        var screened = ElectronRepulsionIntegrals.Compute(basis, threshold);
        Assert.Equal(0, full.SkippedQuartets);
        Assert.Equal(full.UniqueQuartets, screened.UniqueQuartets);

        // Independent count: Q of every shell pair from the unscreened dense array's diagonal (μν|μν), then the
        // canonical pair-of-pairs with Q·Q below the threshold.
        var shells = basis.Shells;
        var q = new List<double>();
        for (var p = 0; p < shells.Count; p++)
        {
            for (var r = 0; r <= p; r++)
            {
                var max = 0.0;
                for (var a = 0; a < shells[p].Size; a++)
                {
                    for (var b = 0; b < shells[r].Size; b++)
                    {
                        long mu = shells[p].FunctionOffset + a, nu = shells[r].FunctionOffset + b;
                        max = Math.Max(max, Math.Abs(full.Integrals[((mu * n + nu) * n + mu) * n + nu]));
                    }
                }

                q.Add(Math.Sqrt(max));
            }
        }

        long expectedSkipped = 0;
        for (var i = 0; i < q.Count; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                if (q[i] * q[j] < threshold) expectedSkipped++;
            }
        }

        Assert.Equal(expectedSkipped, screened.SkippedQuartets);
        Assert.True(screened.SkippedQuartets > screened.UniqueQuartets / 4,
            $"the dimer must screen the cross-molecule quartets: {screened.SkippedQuartets} of {screened.UniqueQuartets}");

        var maxDiff = 0.0;
        var differing = 0;
        for (long mu = 0; mu < n; mu++)
        {
            for (long nu = 0; nu < n; nu++)
            {
                var dmn = Math.Sqrt(Math.Abs(full.Integrals[((mu * n + nu) * n + mu) * n + nu]));
                for (long la = 0; la < n; la++)
                {
                    for (long si = 0; si < n; si++)
                    {
                        var idx = ((mu * n + nu) * n + la) * n + si;
                        var exact = full.Integrals[idx];
                        var dls = Math.Sqrt(Math.Abs(full.Integrals[((la * n + si) * n + la) * n + si]));
                        Assert.True(Math.Abs(exact) <= dmn * dls + BoundRounding, $"Schwarz bound violated at {idx}");
                        if (screened.Integrals[idx] != exact)
                        {
                            Assert.Equal(0.0, screened.Integrals[idx]);
                            differing++;
                            maxDiff = Math.Max(maxDiff, Math.Abs(exact));
                        }
                    }
                }
            }
        }

        output.WriteLine($"sep {separationAngstrom} thr {threshold}: skipped {screened.SkippedQuartets}/{screened.UniqueQuartets}, differing {differing}, max {maxDiff:E2}");
        Assert.True(differing > 0);
        Assert.True(maxDiff < threshold, $"largest skipped integral {maxDiff:E2} ≥ threshold {threshold:E0}");
    }

    [Fact]
    public void TwoHalfTransformMatchesTheDirectSumForAPartialSetOfOrbitals()
    {
        // (pq|rs) = Σ C_μp C_νq C_λr C_σs (μν|λσ) summed directly over all n⁴ AO indices, for k = 4 < m = 6 < n = 7
        // columns of a seeded random C (no orthonormality needed), every element.
        var basis = MolecularBasis.Build(TestData.Load("h2o.xyz"), BasisSetLibrary.Load("sto-3g"));
        var n = basis.NumFunctions;
        var ao = ElectronRepulsionIntegrals.Compute(basis, 0).Integrals;
        const int m = 6, k = 4;
        var rng = new Random(13);
        var c = Enumerable.Range(0, n * m).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var mo = MoIntegralTransform.TwoBody(ao, n, c, m, k);
        Assert.Equal(k * k * k * k, mo.Length);
        for (var p = 0; p < k; p++)
        for (var q = 0; q < k; q++)
        for (var r = 0; r < k; r++)
        for (var s = 0; s < k; s++)
        {
            var direct = 0.0;
            for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
            for (var d = 0; d < n; d++)
            for (var e = 0; e < n; e++)
            {
                direct += c[a * m + p] * c[b * m + q] * c[d * m + r] * c[e * m + s] * ao[((a * n + b) * n + d) * n + e];
            }

            Assert.Equal(direct, mo[((p * k + q) * k + r) * k + s], RoundingTolerance);
        }

        Assert.True(MoIntegralTransform.EstimateBytes(n, k) >= 8L * n * n * n * n + HalfTransformedIntegrals.Bytes(n, k));
    }

    [Fact]
    public void BlockedVvvvLadderEqualsTheSingleBlockUpdate()
    {
        // H2O/6-31G: o = 5, v = 8; one row of W_vvvv per block (8 blocks) against all rows at once, with a seeded
        // non-zero t1 so the t1 corrections of W_vvvv are exercised.
        var h = MoleculePipeline.Build(new MoleculeOptions(TestData.Load("h2o.xyz"), "6-31g")).Hamiltonian;
        int o = h.NumAlpha, v = h.NumOrbitals - o;
        var single = new RccsdSolver(h, o, v, ladderBlockRows: v);
        var blocked = new RccsdSolver(h, o, v, ladderBlockRows: 3);
        var rng = new Random(5);
        var t1 = Enumerable.Range(0, o * v).Select(_ => 0.02 * (rng.NextDouble() - 0.5)).ToArray();
        var t2 = single.Mp2Amplitudes();
        var (a1, a2) = single.Update(t1, t2);
        var (b1, b2) = blocked.Update(t1, t2);
        for (var i = 0; i < a1.Length; i++) Assert.Equal(a1[i], b1[i], RoundingTolerance);
        for (var i = 0; i < a2.Length; i++) Assert.Equal(a2[i], b2[i], RoundingTolerance);
        Assert.True(RestrictedCcsd.EstimateBytes(o, v) >= 8.0 * v * v * v * v);
    }
}
