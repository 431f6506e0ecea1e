using QuantumApps.Cli.Report.Claims;
using QuantumApps.Cli.Report;
using QuantumApps.Learning.Diagnostics;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Selection;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>Machine-learning outcomes built by hand (no computation), for the claim rules.</summary>
internal static class HandMadeLearning
{
    /// <summary>A model row: test accuracy and CV mean ± std (qubits 4 for quantum models).</summary>
    public static ModelOutcome Row(ModelKind kind, double test, double cvStd = 0.02, double cvMean = 0.9) =>
        new(kind, "ok", null, MachineLearningOutcome.QuantumModels.Contains(kind) ? 4 : 0, 10, "h", cvMean, cvStd, test, 0.01, 0.1, 5, 50, 1, 1, 1000, 1.0);

    /// <summary>
    /// One task per entry of <paramref name="quantumTests"/>: every quantum model at that test accuracy, every classical
    /// model at 0.80 except svm-rbf at 0.90; all CV standard deviations 0.02.
    /// </summary>
    public static MachineLearningOutcome Outcome(params double[] quantumTests)
    {
        var tasks = quantumTests.Select((q, i) => new MachineLearningTask($"set {i}", "hand-made",
            new ClassificationResult($"set {i}", 70, 30, 4, ["a", "b"],
                [.. MachineLearningOutcome.AllModels.Select(k => MachineLearningOutcome.QuantumModels.Contains(k) ? Row(k, q)
                    : Row(k, k == ModelKind.SvmRbf ? 0.90 : 0.80))]))).ToList();
        var stats = new KernelStatsResult("bc", 60, 2, 2, 1e-3, [new ClassicalKernelChoice(2, 0.5, 0.9)],
            [new ConcentrationRow(2, "zz", false, 1, 0.5, 0.01, 100, 3.25)]);
        return new MachineLearningOutcome(7, true, MachineLearningSection.Settings(true), tasks, "breast cancer", stats, 1.0);
    }
}

/// <summary>
/// The learning claims from hand-built outcomes (the verdict follows the "ahead by more than one CV standard deviation"
/// rule), and one quick computation of the section: accuracies are fractions and the rendered tables have one row per
/// model per data set.
/// </summary>
public class MachineLearningSectionTests
{
    private static readonly Lazy<MachineLearningOutcome> Quick = new(() =>
        MachineLearningSection.Compute(new ReportContext(new ReportOptions("unused", Quick: true, Seed: 42), TextWriter.Null, ReportRunner.FindDataDirectory())));

    /// <summary>The verdict of catalogue entry <paramref name="id"/> on a hand-made learning outcome alone.</summary>
    private static VerdictKind Verdict(string id, MachineLearningOutcome o)
    {
        var entry = ClaimCatalogue.Default.Claims.Single(c => c.Id == id);
        // the learning rows read only ml.* keys
        Assert.All(entry.RuleKeys, k => Assert.StartsWith("ml.", k));
        return VerdictEngine.Evaluate(entry, o.Measurements()).Verdict;
    }

    [Theory]
    [InlineData(0.90, VerdictKind.NotSupportedAtThisScale)]  // a tie is no advantage
    [InlineData(0.915, VerdictKind.NotSupportedAtThisScale)] // ahead by less than one standard deviation (0.02)
    [InlineData(0.93, VerdictKind.Supported)]
    public void VerdictFlipsWhenTheBestQuantumModelCrossesTheRule(double quantum, VerdictKind verdict)
    {
        foreach (var id in new[] { "qsvm", "qnn", "kernel-methods" }) Assert.Equal(verdict, Verdict(id, HandMadeLearning.Outcome(quantum)));
    }

    [Fact]
    public void AheadOnSomeDataSetsIsNotSupported()
    {
        var m = HandMadeLearning.Outcome(0.95, 0.85).Measurements();
        Assert.Equal(1, m["ml.qsvm.datasets_ahead"]);
        Assert.Equal(2, m["ml.datasets"]);
        Assert.Equal(VerdictKind.NotSupportedAtThisScale, Verdict("qsvm", HandMadeLearning.Outcome(0.95, 0.85)));
        Assert.Equal(3.25, m["ml.concentration.max_geometric_difference"]);
    }

    [Fact]
    public void KernelClaimComparesOnlyWithClassicalKernels()
    {
        // logreg far ahead of every kernel: the QSVM claim (all classical models) is not supported, the kernel claim
        // (linear and RBF kernels only) still is
        var o = HandMadeLearning.Outcome(0.95);
        var models = o.Tasks[0].Result.Models.Select(m => m.Kind == ModelKind.LogReg ? HandMadeLearning.Row(ModelKind.LogReg, 0.99) : m).ToList();
        o = o with { Tasks = [o.Tasks[0] with { Result = o.Tasks[0].Result with { Models = models } }] };
        Assert.Equal(VerdictKind.NotSupportedAtThisScale, Verdict("qsvm", o));
        Assert.Equal(VerdictKind.Supported, Verdict("kernel-methods", o));
    }

    [Fact]
    public void FailedModelsAreNoAdvantage()
    {
        var o = HandMadeLearning.Outcome(0.99);
        var failed = o.Tasks[0].Result.Models.Select(m => MachineLearningOutcome.QuantumModels.Contains(m.Kind) ? m with { Status = "failed" } : m).ToList();
        var task = o.Tasks[0] with { Result = o.Tasks[0].Result with { Models = failed } };
        var c = MachineLearningSection.Compare(task, MachineLearningOutcome.QuantumModels, MachineLearningOutcome.ClassicalModels);
        Assert.False(c.QuantumAhead);
        Assert.Null(c.BestQuantum);
    }

    [Fact]
    public void QuickRunHasEveryModelOnEveryDataSetWithAccuraciesInUnitInterval()
    {
        var o = Quick.Value;
        Assert.Equal(["breast cancer, 4 features", "iris versicolor vs virginica", "wine classes 0 vs 1", "hidden manifold"], o.Tasks.Select(t => t.Label));
        foreach (var t in o.Tasks)
        {
            Assert.Equal(MachineLearningOutcome.AllModels, t.Result.Models.Select(m => m.Kind));
            Assert.All(t.Result.Models, m =>
            {
                Assert.True(m.Ok, $"{t.Label} {m.Kind}: {m.Reason}");
                Assert.InRange(m.TestAccuracy, 0, 1);
                Assert.InRange(m.CvMean, 0, 1);
                Assert.InRange(m.CvStd, 0, 1);
                Assert.Equal(MachineLearningOutcome.QuantumModels.Contains(m.Kind) ? 4 : 0, m.Qubits);
            });
        }
        Assert.Equal(8, o.Concentration.MaxQubits);
        Assert.All(o.Concentration.Rows, r => Assert.True(r.Variance >= 0 && double.IsFinite(r.GeometricDifference)));
    }

    [Fact]
    public void RenderedTablesHaveOneRowPerModelPerDataSet()
    {
        var o = Quick.Value;
        var doc = new ReportDocument();
        MachineLearningSection.Render(doc, o);
        string md = doc.ToMarkdown();
        foreach (var t in o.Tasks)
        {
            int start = md.IndexOf("### " + t.Label + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, t.Label);
            int end = md.IndexOf("###", start + 4, StringComparison.Ordinal);
            if (end < 0) end = md.IndexOf("All rows:", start, StringComparison.Ordinal); // the last data set's table ends before the diagnostics
            var lines = md[start..end].Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
            Assert.Equal(1 + MachineLearningOutcome.AllModels.Count, lines.Count); // header + one row per model
            foreach (var (name, _) in ModelNames.All) Assert.Single(lines, l => l.StartsWith($"| {name} |", StringComparison.Ordinal));
        }
        var csv = doc.Files["machine-learning.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + o.Tasks.Count * MachineLearningOutcome.AllModels.Count, csv.Length);
        Assert.Contains("kernel-concentration.svg", doc.Files.Keys);
        Assert.Contains("kernel-concentration.csv", doc.Files.Keys);
    }

    [Fact]
    public void SectionSeedIsDerivedFromTheReportSeed()
    {
        Assert.Equal(MachineLearningSection.SectionSeed(42), MachineLearningSection.SectionSeed(42));
        Assert.NotEqual(MachineLearningSection.SectionSeed(42), MachineLearningSection.SectionSeed(43));
    }
}
