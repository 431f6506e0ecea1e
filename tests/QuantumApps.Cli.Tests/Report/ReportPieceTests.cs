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
