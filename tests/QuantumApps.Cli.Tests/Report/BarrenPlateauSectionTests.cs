using QuantumApps.Variational.Experiments;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's barren-plateau section (quick run, seed 42): the fits against a refit of the returned points.</summary>
public class BarrenPlateauSectionTests
{
    [Fact]
    public void FittedSlopesEqualALinearFitOfTheReturnedPoints()
    {
        var o = QuickReport.Get.Plateaus;
        Assert.Equal(4, o.Series.Count);
        foreach (var s in o.Series)
        {
            var refit = LinearFit.Fit(s.Points.Select(p => (double)p.NumQubits).ToArray(), s.Points.Select(p => Math.Log(p.Variance)).ToArray());
            Assert.Equal(refit.Slope, s.Fit.Slope, Tolerances.Accumulated);
            Assert.Equal(refit.SlopeStandardError, s.Fit.SlopeStandardError, Tolerances.Accumulated);
            Assert.All(s.Points, p => Assert.Equal(o.Samples, p.Samples));
        }
    }

    [Fact]
    public void DeepGlobalVarianceDecaysAndShallowLocalDoesNotDecayFaster()
    {
        var o = QuickReport.Get.Plateaus;
        // McClean et al. 2018: Var ∝ 2^−n for 2-designs (b = −ln 2); a fit over n = 4…12 with 100 samples per point
        // resolves a clear decay, and a local cost at shallow depth decays far less (Cerezo et al. 2021)
        Assert.True(o.DeepGlobal.Fit.Slope < -0.3, $"deep global slope {o.DeepGlobal.Fit.Slope}");
        Assert.True(o.ShallowLocal.Fit.Slope > o.DeepGlobal.Fit.Slope + 0.3, $"shallow local slope {o.ShallowLocal.Fit.Slope}");
    }
}
