using QuantumApps.Cli.Report;
using QuantumApps.Cli.Report.Claims;
using QuantumApps.Simulator.Compilation;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// The two rows this section pair measures: "handling massive datasets" (section 9, amplitude-encoding cost) and
/// "layer-wise training" (section 5). The quick run's data-loading outcome is checked against the construction's formula
/// and the simulator, and both verdicts are shown to follow their measurements.
/// </summary>
public class DataLoadingAndLayerwiseTests
{
    private static ClaimCatalogue Catalogue => ClaimCatalogue.Default;

    [Fact]
    public void QuickDataLoadingMatchesTheFormulaAndTheSimulator()
    {
        var o = QuickReport.Get.DataLoading;
        Assert.Equal(DataLoadingSection.Sizes(quick: true), o.Rows.Select(r => r.NumQubits));
        foreach (var r in o.Rows)
        {
            Assert.Equal(StatePreparation.CnotCount(r.NumQubits, complexAmplitudes: true), r.Cnots);
            Assert.Equal(r.Feasible, r.FidelityAllToAll >= HardwareCostModel.FeasibilityThreshold);
            Assert.True(r.CnotsLinearChain >= r.Cnots, $"n={r.NumQubits}: routing cannot remove CNOTs");
            if (r.NumQubits <= o.SimulatedUpTo) Assert.True(r.MaxStateError < Tolerances.Unitary, $"n={r.NumQubits}: {r.MaxStateError}");
            else Assert.True(double.IsNaN(r.MaxStateError));
        }
        // log2(2^(n+1) − 4) against n over n = 4…12: slope just above 1 (the −4 matters less as n grows)
        var x = o.Rows.Where(r => r.NumQubits >= DataLoadingOutcome.FitFromQubits).Select(r => (double)r.NumQubits).ToArray();
        double expected = LinearFit.Fit(x, x.Select(n => Math.Log2(Math.Pow(2, n + 1) - 4)).ToArray()).Slope;
        Assert.Equal(expected, o.Measurements()["dataload.cnot_exponent"], Tolerances.Accumulated);
        Assert.InRange(expected, 1.0, 1.05);
        // more CNOTs, lower fidelity
        Assert.True(o.Rows.Zip(o.Rows.Skip(1)).All(p => p.Second.FidelityAllToAll < p.First.FidelityAllToAll));
    }

    /// <summary>Rule: refuted when CNOTs grow at least like N^0.9 and one load outlasts one classical read; not supported otherwise.</summary>
    [Theory]
    [InlineData(1.0, 250, "refuted")]
    [InlineData(1.0, 0.5, "not supported at this scale")]
    [InlineData(0.5, 250, "not supported at this scale")]
    public void MassiveDatasetsVerdictFollowsTheLoadingCost(double exponent, double loadOverRead, string label)
    {
        var m = new Dictionary<string, double>(QuickReport.Get.DataLoading.Measurements()) { ["dataload.cnot_exponent"] = exponent, ["dataload.load_over_read_largest"] = loadOverRead };
        var v = VerdictEngine.Evaluate(Catalogue.Claims.Single(c => c.Id == "massive-datasets"), m);
        Assert.Equal(label, VerdictKinds.Label(v.Verdict));
        Assert.Contains($"N^{exponent:0.00}", v.Evidence);
    }

    /// <summary>Rule: supported when layer-wise wins on at least two thirds of the circuits at the largest size.</summary>
    [Theory]
    [InlineData(0.8, "supported")]
    [InlineData(0.6, "not supported at this scale")]
    public void LayerwiseVerdictFollowsTheWinFraction(double fraction, string label)
    {
        var m = new Dictionary<string, double>(QuickReport.Get.Plateaus.Measurements()) { ["plateaus.layerwise.win_fraction_largest"] = fraction };
        var v = VerdictEngine.Evaluate(Catalogue.Claims.Single(c => c.Id == "layerwise"), m);
        Assert.Equal(label, VerdictKinds.Label(v.Verdict));
    }

    [Fact]
    public void LayerwiseWinsAreCountedAtTheLargestSizeAgainstBothFullDepthSchedules()
    {
        // hand-made runs: at n = 6 seed 0 layer-wise is lower than both (win), seed 1 only than one (no win), seed 2 lower
        // by less than the margin (tie, no win); the n = 4 runs must be ignored
        static LayerwiseTrainingRun R(int n, int seed, TrainingSchedule s, double cost) => new(n, n, seed, s, cost, cost <= -0.9, 100, 10);
        var runs = new List<LayerwiseTrainingRun>
        {
            R(4, 0, TrainingSchedule.Layerwise, -1), R(4, 0, TrainingSchedule.FullDepthRandom, 0), R(4, 0, TrainingSchedule.FullDepthZero, 0),
            R(6, 0, TrainingSchedule.Layerwise, -0.95), R(6, 0, TrainingSchedule.FullDepthRandom, -0.5), R(6, 0, TrainingSchedule.FullDepthZero, -0.6),
            R(6, 1, TrainingSchedule.Layerwise, -0.7), R(6, 1, TrainingSchedule.FullDepthRandom, -0.5), R(6, 1, TrainingSchedule.FullDepthZero, -0.99),
            R(6, 2, TrainingSchedule.Layerwise, -0.905), R(6, 2, TrainingSchedule.FullDepthRandom, -0.9), R(6, 2, TrainingSchedule.FullDepthZero, -0.2),
        };
        var q = QuickReport.Get.Plateaus;
        var o = q with { Layerwise = runs, LayerwiseSettings = new LayerwiseTrainingSettings() };
        var m = o.Measurements();
        Assert.Equal(6, m["plateaus.layerwise.largest_n"]);
        Assert.Equal(3, m["plateaus.layerwise.seeds"]);
        Assert.Equal(1, m["plateaus.layerwise.wins_largest"]);
        Assert.Equal(1.0 / 3, m["plateaus.layerwise.win_fraction_largest"], Tolerances.Unitary);
        Assert.Equal(2.0 / 3, m["plateaus.layerwise.layerwise.success_largest"], Tolerances.Unitary); // −0.95 and −0.905
        Assert.Equal((-0.95 - 0.7 - 0.905) / 3, m["plateaus.layerwise.layerwise.mean_cost_largest"], Tolerances.Unitary);
        // without the comparison its keys are absent, so the claim shows "not yet measured"
        var without = (q with { Layerwise = null }).Measurements();
        Assert.DoesNotContain(without.Keys, k => k.StartsWith("plateaus.layerwise.", StringComparison.Ordinal));
        Assert.Equal(VerdictKind.NotYetMeasured, VerdictEngine.Evaluate(Catalogue.Claims.Single(c => c.Id == "layerwise"), without).Verdict);
    }
}
