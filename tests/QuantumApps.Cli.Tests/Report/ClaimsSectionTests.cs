using QuantumApps.Cli.Report;
using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Compilation;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.Variational.Experiments;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>
/// The claims table from outcomes built by hand (no computation): verdicts follow the measured numbers across the
/// rule's threshold, and the evidence quotes the numbers it was given.
/// </summary>
public class ClaimsSectionTests
{
    private static readonly Circuit OneQubit = new CircuitBuilder(1).H(0).Build();
    private static readonly Graph Cubic = GraphGenerators.RandomRegular(8, 3, new Random(1));
    private static readonly double[] Rates = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1];

    private static ChemistryOutcome Chemistry() => new(42, true, new DissociationCurve("H2", [], 4, 0, null), new DissociationCurve("LiH", [], 10, 0, 40),
        OneQubit, [], PauliSum.Parse("1.0 Z0"), -1.137, 7.2e-5, 1e-10, 10, 0.02, 0.13, 0.062, 0.32);

    private static NoiseOutcome Noise() => new(Rates, [1e-4, 3e-4, 0.062, 0.1, 0.2, 0.4, 0.6], 1e-13, 40, Cubic, [0.4, 0.5], [0.3, 0.2], 9, 10, 48, 9,
        [0.9, 0.9, 0.89, 0.87, 0.8, 0.7, 0.6], 0.95, 0.6, new NoisyEstimate(-1.0, 0.001, 200, 200, 5), -1.0);

    /// <summary>One 16-node instance (optimum 24): tabu cuts 23 (ratio 0.958), QAOA p = 1 at <paramref name="qaoaRatio"/>.</summary>
    private static MaxCutOutcome MaxCut(double qaoaRatio) => new(true, 1,
    [
        new MaxCutInstance(16, Cubic, 24, 0.1, 23, 0.01, 24, 0.02, 23, 0.03, [new MaxCutQaoaRun(1, [0.4], [0.3], qaoaRatio * 24, qaoaRatio, 0.05, 24, 0.5)]),
    ]);

    private static BarrenPlateauOutcome Plateaus()
    {
        BarrenPlateauSeries S(CostLocality cost, string depth, double slope) =>
            new(cost, depth, [new BarrenPlateauPoint(12, 12, 0, 100, 0, 6.5e-5, 1e-6, 0.1)], new LinearFit(0, slope, 0, 0.03, 5));
        return new BarrenPlateauOutcome(100, 2, [S(CostLocality.Global, "L = n", -0.72), S(CostLocality.Local, "L = n", -0.5), S(CostLocality.Global, "L = 2", -0.69), S(CostLocality.Local, "L = 2", 0.028)]);
    }

    private static readonly HardwareCost Chain = new(Topology.LinearChain, 4, 16, 2, 26, 16, 1e-6, 2.5e-4, 50_000, 5, 13.0);

    private static HardwareOutcome Hardware() => new(DeviceTimings.IbmHeron,
        [
            new HardwareRow("H2", OneQubit, new HardwareCost(Topology.AllToAll, 4, 10, 0, 20, 10, 1e-6, 2.5e-4, 50_000, 5, 12.9), "exact diagonalisation", 7.2e-5),
            new HardwareRow("H2", OneQubit, Chain, "exact diagonalisation", 7.2e-5),
        ], 0, 0, double.NaN,
        new VqeCostOutcome([new VqeCostRow("H2", OneQubit, 4, 2, 2, 0, 15, 3, 5, 10, 8, 6, 106, Chain, 0.04, 0.001, -1.1, -1.1),
                            new VqeCostRow("LiH", OneQubit, 10, 2, 5, 1, 276, 24, 25, 20, 18, 100, 3620, Chain, 0.13, 0.02, -7.88, -7.88)], []));

    private static IReadOnlyList<ClaimRow> Claims(double qaoaRatio) => ClaimsSection.Compute(Chemistry(), Noise(), MaxCut(qaoaRatio), Plateaus(), Hardware());

    [Theory]
    [InlineData(0.900, "False here")]
    [InlineData(23.0 / 24, "False here")] // a tie is not a win: the rule is QAOA ratio > tabu ratio
    [InlineData(0.970, "Not in general (it did on this instance)")]
    public void QaoaVerdictFlipsWhenQaoaCrossesTabu(double qaoaRatio, string verdict)
    {
        var row = Claims(qaoaRatio).Single(r => r.Claim == "QAOA beats classical heuristics on MaxCut.");
        Assert.Equal(verdict, row.Verdict);
        Assert.Contains($"beat tabu search on {(qaoaRatio > 23.0 / 24 ? 1 : 0)} of 1 graphs", row.Evidence);
    }

    [Fact]
    public void EvidenceQuotesTheNumbersItWasGiven()
    {
        var rows = Claims(0.97);
        Assert.Equal(6, rows.Count);
        string all = string.Join("\n", rows.Select(r => r.Evidence));
        Assert.Contains("QAOA p=1 on n=16 reaches ratio 0.970 while tabu search reaches 0.958", all);
        Assert.Contains("falls from 0.900 to 0.800 (random assignment: 0.600)", all);
        Assert.Contains("The largest VQE here has 10 qubits (section 6); its exact answer took 0.020 s by diagonalisation against 0.13 s", all);
        Assert.Contains("off by 6.2e-2 Ha and the LiH energy by 3.2e-1 Ha", all);
        Assert.Contains("estimated at 13.0 s of device time", all);
        Assert.Contains("slope b = -0.72 ± 0.03 per qubit", all);
        Assert.Contains("b = 0.028 ± 0.030", all);
        // the other verdicts are not rules over these numbers
        Assert.Equal(rows.Select(r => r.Verdict).Where((_, i) => i != 1), Claims(0.5).Select(r => r.Verdict).Where((_, i) => i != 1));
    }

    [Fact]
    public void LearningRowsFollowTheSixGeneralRowsUnchanged()
    {
        var without = Claims(0.97);
        var with = ClaimsSection.Compute(Chemistry(), Noise(), MaxCut(0.97), Plateaus(), Hardware(), HandMadeLearning.Outcome(0.85));
        Assert.Equal(without, with.Take(6));
        Assert.Equal([ClaimsSection.QsvmClaim, ClaimsSection.QnnClaim, ClaimsSection.KernelClaim], with.Skip(6).Select(r => r.Claim));
    }
}
