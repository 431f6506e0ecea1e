using QuantumApps.Optimizers;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>QAOA driver on MaxCut instances with known p = 1 optima and exact max cuts.</summary>
public sealed class QaoaDriverTests
{
    /// <summary>
    /// Farhi, Goldstone, Gutmann, arXiv:1411.4028 (2014), Sec. VI: on 3-regular graphs without triangles p = 1 QAOA
    /// achieves ⟨C⟩/|E| = 0.6925 per edge. With our convention (identical to FGG's: U(C,γ) = e^{−iγC},
    /// U(B,β) = e^{−iβB}, C = Σ(1 − Z_iZ_j)/2) the per-edge value for triangle-free 3-regular graphs is
    /// 1/2 + (1/2) sin 4β sin γ cos²γ (Wang, Hadfield, Jiang, Rieffel, PRA 97, 022304 (2018), eq. for d = 3),
    /// maximal at β = π/8, tan γ = 1/√2, where it equals 1/2 + 1/(3√3) = 0.69245 (FGG's 0.6925 rounded).
    /// Papers writing e^{−iβX/2} or C = −Σ Z_iZ_j/2 report 2β = π/4 or −γ instead.
    /// </summary>
    private static readonly double FggPerEdge = 0.5 + 1 / (3 * Math.Sqrt(3));

    private static readonly double FggGamma = Math.Atan(1 / Math.Sqrt(2));
    private const double FggBeta = Math.PI / 8;

    /// <summary>Closed-form vs simulation: both exact up to rounding of ~100 gate sweeps.</summary>
    private const double ExactTolerance = 1e-12;

    /// <summary>The optimiser stops at relative gradient 1e-7; near a quadratic maximum the value error is ~g², far below 1e-8.</summary>
    private const double OptimizedValueTolerance = 1e-8;

    /// <summary>Angles at a quadratic optimum are only determined to ~sqrt(value tolerance).</summary>
    private const double OptimizedAngleTolerance = 1e-4;

    public static TheoryData<string> TriangleFreeCubicGraphs() => new() { "petersen", "cube" };

    private static (int N, (int A, int B)[] Edges) Graph(string name) =>
        name == "petersen" ? (10, MaxCutDiagonal.Petersen) : (8, MaxCutDiagonal.Cube);

    [Theory]
    [MemberData(nameof(TriangleFreeCubicGraphs))]
    public void FggAnglesGiveThePublishedRatio(string name)
    {
        var (n, edges) = Graph(name);
        var circuit = new QaoaCircuit(MaxCutDiagonal.Build(n, edges));

        double ratio = circuit.Expectation([FggGamma], [FggBeta]) / edges.Length;

        Assert.Equal(FggPerEdge, ratio, ExactTolerance);
        Assert.Equal(0.6925, ratio, 4);
    }

    [Theory]
    [MemberData(nameof(TriangleFreeCubicGraphs))]
    public void LbfgsFromLinearRampReachesTheFggOptimum(string name)
    {
        var (n, edges) = Graph(name);
        var options = new QaoaOptions(MaxCutDiagonal.Build(n, edges), 1, QaoaSense.Maximize);

        var result = QaoaDriver.Run(options, new Random(1));

        Assert.Equal(FggPerEdge, result.Expectation / edges.Length, OptimizedValueTolerance);
        Assert.Equal(FggGamma, result.Gammas[0], OptimizedAngleTolerance);
        Assert.Equal(FggBeta, result.Betas[0], OptimizedAngleTolerance);
        Assert.Equal(ExitReason.Converged, result.ExitReason);
        Assert.True(result.Evaluations > 1);
    }

    [Fact]
    public void MinimisingMinusCIsTheSameProblem()
    {
        // Passing −C with Sense = Minimize must give ⟨−C⟩ = −(the maximised ⟨C⟩): the sense flag and a negated
        // diagonal are two explicit, equivalent ways to ask for a maximum cut.
        var cost = MaxCutDiagonal.Build(8, MaxCutDiagonal.Cube);
        var negated = cost.Select(c => -c).ToArray();

        var max = QaoaDriver.Run(new QaoaOptions(cost, 1, QaoaSense.Maximize), new Random(1));
        var min = QaoaDriver.Run(new QaoaOptions(negated, 1, QaoaSense.Minimize), new Random(1));

        Assert.Equal(max.Expectation, -min.Expectation, OptimizedValueTolerance);
    }

    [Theory]
    [InlineData("lbfgs")]
    [InlineData("cobyla")]
    [InlineData("nelder-mead")]
    [InlineData("adam")]
    [InlineData("spsa")]
    public void QaoaNeverExceedsTheExactMaxCut(string optimizer)
    {
        // Exact max cut = the largest diagonal entry (an independent exhaustive oracle, used only for checking).
        var rng = new Random(21);
        var edges = MaxCutDiagonal.RandomRegular3(8, rng);
        var cost = MaxCutDiagonal.Build(8, edges);
        double maxCut = cost.Max();
        var options = new QaoaOptions(cost, 2, QaoaSense.Maximize)
        {
            Optimizer = OptimizerFactory.Create(optimizer),
            OptimizerSettings = new OptimizerSettings { MaxIterations = 200, LearningRate = optimizer == "adam" ? 0.05 : null },
            RandomRestarts = 1,
        };

        var result = QaoaDriver.Run(options, new Random(3));

        Assert.True(result.Expectation <= maxCut, $"{result.Expectation} > max cut {maxCut}");
        Assert.True(result.Expectation > edges.Length / 2.0, "QAOA must beat a random cut (|E|/2)");
        Assert.Equal(2, result.Starts);
    }

    [Fact]
    public void InterpNeverLowersTheOptimumAsDepthGrows()
    {
        // The true depth-(p+1) optimum is never below the depth-p one (set γ_{p+1} = β_{p+1} = 0), but a local
        // optimiser only finds it from a good start; INTERP is the start Zhou et al. (2020) show to give this
        // monotone improvement. The exact max cut (largest diagonal entry) bounds every depth.
        const double MonotoneSlack = 1e-7;
        var edges = MaxCutDiagonal.RandomRegular3(8, new Random(4));
        var cost = MaxCutDiagonal.Build(8, edges);
        double previous = 0;
        for (int p = 1; p <= 4; p++)
        {
            var result = QaoaDriver.Run(new QaoaOptions(cost, p, QaoaSense.Maximize) { AngleStrategy = QaoaAngleStrategy.Interp }, new Random(1));
            double ratio = result.Expectation / cost.Max();
            Assert.True(ratio >= previous - MonotoneSlack, $"p = {p}: ratio {ratio} < previous {previous}");
            Assert.True(ratio <= 1 + MonotoneSlack);
            previous = ratio;
        }

        Assert.True(previous > 0.9, $"p = 4 INTERP ratio {previous} should be well above p = 1");
    }

    [Fact]
    public void InterpFormulaMatchesZhouEtAl()
    {
        // Zhou et al. (2020) eq. (B1) by hand for q = 2: γ* = (1, 3) → (1, 2, 3)·… : i=1: 0·0 + 1·1 = 1;
        // i=2: ½·1 + ½·3 = 2; i=3: 1·3 + 0 = 3. Same rule for β* = (4, 2) → (4, 3, 2).
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 3.0, 2.0], QaoaDriver.Interp([1.0, 3.0, 4.0, 2.0], 2));
    }

    [Fact]
    public void LinearRampFollowsTheAnnealingSchedule()
    {
        // p = 2, Δt = 0.75: γ = (0.25, 0.75)·0.75, β = (0.75, 0.25)·0.75; γ flips sign when minimising.
        Assert.Equal([0.1875, 0.5625, 0.5625, 0.1875], QaoaDriver.LinearRamp(2, 0.75, QaoaSense.Maximize));
        Assert.Equal([-0.1875, -0.5625, 0.5625, 0.1875], QaoaDriver.LinearRamp(2, 0.75, QaoaSense.Minimize));
    }

    [Fact]
    public void SameSeedGivesIdenticalResultApartFromTiming()
    {
        var cost = MaxCutDiagonal.Build(8, MaxCutDiagonal.Cube);
        var options = new QaoaOptions(cost, 2, QaoaSense.Maximize) { RandomRestarts = 2, Optimizer = new SpsaOptimizer(),
            OptimizerSettings = new OptimizerSettings { MaxIterations = 50 } };

        var a = QaoaDriver.Run(options, new Random(8));
        var b = QaoaDriver.Run(options, new Random(8));

        Assert.Equal(a with { Seconds = 0 }, b with { Seconds = 0 });
    }

    [Fact]
    public void XyMixerDriverKeepsFeasibilityAndImproves()
    {
        const double LeakTolerance = 1e-12;
        var blocks = new IReadOnlyList<int>[] { [0, 1, 2], [3, 4, 5] };
        var rng = new Random(9);
        var cost = Enumerable.Range(0, 64).Select(_ => Math.Round(rng.NextDouble() * 10)).ToArray();
        bool Feasible(ulong b) => blocks.All(bl => bl.Count(q => ((b >> q) & 1) == 1) == 1);
        double feasibleMin = Enumerable.Range(0, 64).Where(b => Feasible((ulong)b)).Min(b => cost[b]);
        double startMean = Enumerable.Range(0, 64).Where(b => Feasible((ulong)b)).Average(b => cost[b]);
        var options = new QaoaOptions(cost, 2, QaoaSense.Minimize)
        {
            Mixer = QaoaMixer.XyRings(blocks),
            InitialState = QaoaInitialState.OneHotBlocks(blocks),
            RandomRestarts = 3,
        };

        var result = QaoaDriver.Run(options, new Random(2));
        var metrics = QaoaMetrics.Compute(result.Probabilities, cost, feasibleMin, QaoaSense.Minimize, Feasible, 100, new Random(3));

        Assert.True(1 - metrics.ProbabilityFeasible < LeakTolerance);
        Assert.True(result.Expectation < startMean, "optimised ⟨C⟩ must improve on the uniform feasible start");
        Assert.True(result.Expectation >= feasibleMin, "QAOA cannot beat the exact feasible optimum");
        Assert.Equal(100, metrics.FeasibleSamples);
    }

    [Fact]
    public void BadInputIsRejectedWithAClearMessage()
    {
        Assert.Contains("2^n", Assert.Throws<QuantumAppsException>(() => new QaoaCircuit(new double[6])).Message);
        Assert.Contains("depth", Assert.Throws<QuantumAppsException>(() =>
            QaoaDriver.Run(new QaoaOptions(new double[4], 0, QaoaSense.Maximize), new Random(1))).Message);
        Assert.Contains("qubit 5", Assert.Throws<QuantumAppsException>(() =>
            new QaoaCircuit(new double[4], QaoaMixer.XyRings([[0, 5]]))).Message);
    }
}
