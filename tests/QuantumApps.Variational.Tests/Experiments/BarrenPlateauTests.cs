using QuantumApps.Variational.Experiments;

namespace QuantumApps.Variational.Tests.Experiments;

/// <summary>Least-squares fit and the small-size barren-plateau trend.</summary>
public class BarrenPlateauTests
{
    /// <summary>A noise-free line is recovered to rounding of a few sums over 6 points.</summary>
    private const double ExactLineTolerance = 1e-12;

    /// <summary>Slope within 4 standard errors: a 4σ band for a Gaussian estimator (the fit's se is exact for Gaussian noise).</summary>
    private const double StandardErrors = 4.0;

    [Fact]
    public void FitRecoversExactLine()
    {
        double[] x = [4, 6, 8, 10, 12, 14];
        var y = x.Select(v => 1.5 - 0.693 * v).ToArray();
        var fit = LinearFit.Fit(x, y);
        Assert.Equal(-0.693, fit.Slope, ExactLineTolerance);
        Assert.Equal(1.5, fit.Intercept, ExactLineTolerance);
        Assert.Equal(0, fit.SlopeStandardError, ExactLineTolerance);
    }

    [Fact]
    public void FitRecoversSlopeFromNoisySyntheticData()
    {
        // synthetic: ln Var = 0.3 − 0.5 n + N(0, 0.2²), seeded Box–Muller
        var rng = new Random(11);
        var x = Enumerable.Range(2, 30).Select(v => (double)v).ToArray();
        var y = x.Select(v =>
        {
            double u1 = 1 - rng.NextDouble(), u2 = rng.NextDouble();
            return 0.3 - 0.5 * v + 0.2 * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }).ToArray();
        var fit = LinearFit.Fit(x, y);
        Assert.True(fit.SlopeStandardError > 0);
        Assert.True(Math.Abs(fit.Slope + 0.5) < StandardErrors * fit.SlopeStandardError, $"slope {fit.Slope} ± {fit.SlopeStandardError}");
        // textbook se for this design: σ/√Sxx with Sxx = Σ(x − x̄)² = 2247.5 for x = 2..31 → 0.2/47.4 ≈ 0.0042; the estimate is within a factor 2
        Assert.InRange(fit.SlopeStandardError, 0.0021, 0.0085);
    }

    [Fact]
    public void FitRejectsDegenerateInput()
    {
        Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => LinearFit.Fit([1.0], [2.0]));
        Assert.Throws<QuantumApps.Simulator.QuantumAppsException>(() => LinearFit.Fit([1.0, 1.0], [2.0, 3.0]));
    }

    [Fact]
    public void GlobalCostVarianceShrinksWithQubits()
    {
        // McClean et al. 2018: Var ∝ 2^−n for deep random circuits, so n = 8 should be ~16× below n = 4; we only
        // require a factor 2 to leave room for the sampling error of 300 draws (relative se of a variance ≈ √(2/S) ≈ 8%).
        var rng = new Random(2024);
        var small = BarrenPlateauExperiment.Measure(4, 4, CostLocality.Global, 300, rng);
        var large = BarrenPlateauExperiment.Measure(8, 8, CostLocality.Global, 300, rng);
        Assert.True(large.Variance < small.Variance / 2, $"Var(n=8) = {large.Variance}, Var(n=4) = {small.Variance}");
        Assert.True(small.VarianceStandardError > 0 && small.VarianceStandardError < small.Variance);
    }

    [Fact]
    public void LocalShallowCostDecaysMoreSlowlyThanGlobal()
    {
        // Cerezo et al. 2021: a local cost at constant depth has no exponential decay; the global one does.
        var rng = new Random(7);
        var ns = new[] { 4, 6, 8, 10 };
        var local = BarrenPlateauExperiment.Scan(ns, _ => 2, "L = 2", CostLocality.Local, 200, rng);
        var global = BarrenPlateauExperiment.Scan(ns, _ => 2, "L = 2", CostLocality.Global, 200, rng);
        Assert.True(global.Fit.Slope < local.Fit.Slope - 0.2, $"global slope {global.Fit.Slope}, local slope {local.Fit.Slope}");
        Assert.Equal(4, local.Points.Count);
    }

    [Fact]
    public void ObservablesAreTheDocumentedOnes()
    {
        Assert.Equal("Z0 Z1 Z2", BarrenPlateauExperiment.Observable(CostLocality.Global, 3).Terms.Single().Pauli.ToString());
        Assert.Equal("Z0", BarrenPlateauExperiment.Observable(CostLocality.Local, 3).Terms.Single().Pauli.ToString());
    }
}
