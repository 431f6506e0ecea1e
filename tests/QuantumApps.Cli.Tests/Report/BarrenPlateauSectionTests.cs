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
        // McClean et al. 2018: Var ∝ 2^−n for 2-designs (b = −ln 2); fits over n = 4…12 with 50 samples per point, averaged
        // over 3 seeds, resolve a clear decay, and a local cost at shallow depth decays far less (Cerezo et al. 2021)
        Assert.True(o.SlopeMean(0) < -0.3, $"deep global slope {o.SlopeMean(0)}");
        Assert.True(o.SlopeMean(3) > o.SlopeMean(0) + 0.3, $"shallow local slope {o.SlopeMean(3)}");
    }
}
