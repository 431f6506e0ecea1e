using QuantumApps.Cli.Runners;
using System.Xml.Linq;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Report;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Noise;
using QuantumApps.TestSupport;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// The report's pieces (the full <c>report --quick</c> takes about a minute of CPU, too slow for the suite):
/// gate-level QAOA against the QAOA driver's kernel, the chart and HTML writers, and the output-directory rules.
/// </summary>
public class ReportPieceTests
{
    /// <summary>
    /// Circuit.Run evaluates the (default) angle of fixed gates against the parameter vector and fails on parameterless
    /// circuits, so run through the trajectory simulator with no noise (same operations, no sampling).
    /// </summary>
    private static QuantumApps.Simulator.States.StateVector NoiselessRun(QuantumApps.Simulator.Circuits.Circuit c) =>
        TrajectorySimulator.Run(c, [], NoiseModel.None, new Random(0));

    [Fact]
    public void GateLevelQaoaMatchesDriverKernelForMaxCut()
    {
        // two independent paths: CNOT/RZ/RX gate list on the state vector vs QaoaCircuit's diagonal-phase kernels
        var rng = new Random(5);
        var g = GraphGenerators.RandomRegular(6, 3, rng);
        double[] gammas = [0.4, 0.9], betas = [0.7, 0.2];
        var cost = MaxCut.CostOperator(g);
        double viaGates = NoiselessRun(QaoaGateCircuit.Build(cost, 6, gammas, betas)).Expectation(cost);
        double viaKernel = new QaoaCircuit(cost.Diagonal(), QaoaMixer.TransverseField).Expectation(gammas, betas);
        Assert.Equal(viaKernel, viaGates, Tolerances.Accumulated);
    }

    [Fact]
    public void GateLevelQaoaMatchesDriverKernelWithLinearTerms()
    {
        var cost = QuantumApps.Simulator.Operators.PauliSum.Parse("0.5 Z0\n-1.25 Z1 Z2\n0.75 Z0 Z2\n0.3 Z1\n2.0");
        double[] gammas = [0.3], betas = [1.1];
        double viaGates = NoiselessRun(QaoaGateCircuit.Build(cost, 3, gammas, betas)).Expectation(cost);
        double viaKernel = new QaoaCircuit(cost.Diagonal(), QaoaMixer.TransverseField).Expectation(gammas, betas);
        Assert.Equal(viaKernel, viaGates, Tolerances.Accumulated);
        // and through the exact density-matrix simulator with zero noise
        Assert.Equal(viaKernel, NoisyEstimator.Exact(QaoaGateCircuit.Build(cost, 3, gammas, betas), [], cost, NoiseModel.None), Tolerances.Accumulated);
    }

    [Fact]
    public void ShotsToSeeOptimum()
    {
        // ⌈ln 0.01 / ln 0.5⌉ = ⌈6.64⌉ = 7 (hand arithmetic)
        Assert.Equal(7L, HardwareSection.ShotsToSeeOptimum(0.5));
        Assert.Equal(1L, HardwareSection.ShotsToSeeOptimum(1.0));
    }

    [Fact]
    public void ChartIsWellFormedSvgWithLogTicks()
    {
        var svg = SvgChart.Render(new ChartSpec("t <&>", "x", "y", LogY: true),
            [new ChartSeries("a", [1, 2, 3], [1e-4, 1e-2, double.NaN], [1e-5, 1e-3, 0]), new ChartSeries("b & c", [1, 3], [1e-3, 1e-3], Dashed: true)]);
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        var texts = doc.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("1e-4", texts);
        Assert.Contains("0.01", texts);
        Assert.Contains("b & c", texts);
        Assert.Contains("t <&>", texts);
    }

    [Fact]
    public void IntegerAxesGetIntegerTicksAndTheLegendStaysBelowThePlot()
    {
        // x = QAOA depth 1…3 (a 1-2-5 step of 0.5 would label 1.5 and 2.5); y continuous
        var few = SvgChart.Render(new ChartSpec("t", "depth p", "y"), [new ChartSeries("a", [1, 2, 3], [0.1, 0.25, 0.3])]);
        var labels = XDocument.Parse(few).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("2", labels);
        Assert.DoesNotContain("1.5", labels);
        Assert.DoesNotContain("2.5", labels);
        // many long legend entries make the figure taller, never wider, and the viewBox matches the size
        var names = Enumerable.Range(0, 8).Select(i => $"series {i} with a long descriptive legend label that has to wrap").ToList();
        var many = XDocument.Parse(SvgChart.Render(new ChartSpec("t", "x", "y"), [.. names.Select(n => new ChartSeries(n, [1, 2], [1, 2]))])).Root!;
        var one = XDocument.Parse(few).Root!;
        Assert.Equal(one.Attribute("width")!.Value, many.Attribute("width")!.Value);
        Assert.True(double.Parse(many.Attribute("height")!.Value) > double.Parse(one.Attribute("height")!.Value));
        Assert.Equal($"0 0 {many.Attribute("width")!.Value} {many.Attribute("height")!.Value}", many.Attribute("viewBox")!.Value);
    }

    [Fact]
    public void LogAxesDrawNoFlooredValues()
    {
        // a zero on a log axis is skipped, not drawn at an artificial floor: the axis starts at the smallest real decade
        var svg = SvgChart.Render(new ChartSpec("t", "x", "y", LogY: true), [new ChartSeries("a", [1, 2, 3], [0, 1e-3, 1e-1])]);
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("0.001", texts);
        Assert.DoesNotContain("1e-4", texts);
        Assert.DoesNotContain("1e-12", texts);
    }

    [Fact]
    public void RepeatedTimingWarmsUpOnceAndReportsMedianWithinItsSpread()
    {
        int calls = 0;
        var (result, t) = RepeatedTiming.Measure(() => ++calls, 5);
        Assert.Equal(6, calls); // one untimed warm-up + 5 timed repeats
        Assert.Equal(6, result);
        Assert.Equal(5, t.Repeats);
        Assert.True(t.MinSeconds <= t.MedianSeconds && t.MedianSeconds <= t.MaxSeconds, $"{t}");
    }

    [Fact]
    public void HtmlIsSelfContained()
    {
        var d = new ReportDocument();
        d.Heading(1, "T");
        d.Paragraph("**bold** and `code` <tag>");
        d.Figure("f", "cap", new ChartSpec("c", "x", "y"), [new ChartSeries("s", [0, 1], [0, 1])], ["x", "y"], [["0", "0"], ["1", "1"]]);
        string html = d.ToHtml("T");
        Assert.Contains("<svg", html);
        Assert.Contains("<b>bold</b>", html);
        Assert.Contains("&lt;tag&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("src=", html);
        Assert.Equal("x,y\n0,0\n1,1\n", d.Files["f.csv"]);
        Assert.Contains("![cap](f.svg)", d.ToMarkdown());
        var withCommand = new ReportDocument { ReproduceCommand = "quantumapps report --out DIR --quick --seed 42" };
        withCommand.Figure("f", "cap", new ChartSpec("c", "x", "y"), [new ChartSeries("s", [0, 1], [0, 1])], ["x", "y"], [["0", "0"], ["1", "1"]]);
        Assert.Contains("reproduce: `quantumapps report --out DIR --quick --seed 42`", withCommand.ToMarkdown());
        Assert.Contains("<code>quantumapps report --out DIR --quick --seed 42</code>", withCommand.ToHtml("T"));
        var stacked = new ReportDocument();
        stacked.Table(["claim", "verdict"], [["“x”", "*Basis: rule a > 1.*"]], stacked: true);
        string stackedHtml = stacked.ToHtml("T");
        Assert.Contains("<table class=\"stacked\">", stackedHtml);
        Assert.Contains("<td data-label=\"verdict\"><i>Basis: rule a &gt; 1.</i></td>", stackedHtml);
    }

    [Fact]
    public void RefusesNonEmptyDirectoryAndLeavesItUntouched()
    {
        string dir = Path.Combine(Path.GetTempPath(), "qa-report-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "x");
        try
        {
            var ex = Assert.Throws<QuantumAppsException>(() => ReportRunner.Run(new ReportOptions(dir, Quick: true), OutputFormat.Table, TextWriter.Null, TextWriter.Null));
            Assert.Contains("--force", ex.Message);
            Assert.Equal("keep.txt", Path.GetFileName(Assert.Single(Directory.GetFileSystemEntries(dir))));
            Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(dir)!, Path.GetFileName(dir) + ".tmp-*"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void MissingParentIsAClearError()
    {
        string dir = Path.Combine(Path.GetTempPath(), "qa-no-such-parent-" + Guid.NewGuid().ToString("N"), "out");
        var ex = Assert.Throws<QuantumAppsException>(() => ReportRunner.Run(new ReportOptions(dir, Quick: true), OutputFormat.Table, TextWriter.Null, TextWriter.Null));
        Assert.Contains("does not exist", ex.Message);
    }
}
