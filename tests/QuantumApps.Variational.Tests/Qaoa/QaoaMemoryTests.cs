using QuantumApps.Optimizers;
using QuantumApps.Problems.Graphs;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>
/// #16 item 4 / #14 item 3: the guard's bytes per amplitude (<see cref="QaoaResources.BytesPerAmplitude"/>) against the
/// bytes QAOA really allocates, measured by the runtime (GC.GetAllocatedBytesForCurrentThread, one thread), the
/// up-front refusal, the blocked sampler against the full cumulative table it replaced, and the driver on the Walsh-form
/// cost against the dense path.
/// </summary>
public sealed class QaoaMemoryTests
{
    /// <summary>Small allocations besides the 2^n arrays (phase tables, optimizer-free calls): far below 2^12 × 1 byte.</summary>
    private const long SmallAllocationSlack = 4096;

    /// <summary>Both runs take the same optimizer path up to rounding (~1e-13 per value); L-BFGS stops at gradient 1e-7,
    /// so the angles agree far within 1e-6.</summary>
    private const double SamePathAngleTolerance = 1e-6;

    private static Graph Regular3(int n, int seed) => GraphGenerators.RandomRegular(n, 3, new Random(seed));

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void GuardFigureEqualsTheMeasuredAllocationOfEachMode(bool gradient, bool dense)
    {
        const int n = 12;
        var op = Problems.MaxCut.CostOperator(Regular3(n, 3));
        QaoaCost cost = dense ? op.Diagonal() : QaoaCost.FromPauliSum(op);
        var mode = new QaoaMemoryMode(gradient, dense);
        using var single = Parallelism.Override(threads: 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var circuit = new QaoaCircuit(cost);
        if (gradient)
        {
            var dg = new double[1];
            var db = new double[1];
            circuit.ExpectationAndGradient([0.4], [0.3], dg, db);
        }
        else
        {
            circuit.Expectation([0.4], [0.3]);
        }

        var probabilities = circuit.TakeProbabilities([0.4], [0.3]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1 << n, probabilities.Count);

        // The cost was allocated by the caller before; the guard counts it too (8 bytes per amplitude when dense).
        long counted = (long)QaoaResources.BytesPerAmplitude(mode) << n;
        long measured = allocated + ((long)cost.BytesPerAmplitude << n);
        Assert.InRange(measured, counted, counted + SmallAllocationSlack);
        Assert.Equal(gradient ? 32 + (dense ? 8 : 0) : 24 + (dense ? 8 : 0), QaoaResources.BytesPerAmplitude(mode));
    }

    [Fact]
    public void TooLargeRequestIsRefusedUpFrontWithTheBytesItNeeds()
    {
        // The smallest n (≤ 31) whose 32 bytes per amplitude exceed this machine's memory: refused before allocating.
        long available = MemoryGuard.AvailableBytes;
        int n = Enumerable.Range(20, 12).First(q => q > MemoryGuard.MaxArrayQubits || QaoaResources.Estimate(q, 1).Bytes > available);
        var ex = Assert.Throws<QuantumAppsException>(() => QaoaResources.EnsureFeasible(n, 1, QaoaMemoryMode.Default));
        Assert.Contains($"needs {MemoryGuard.FormatBytes(32L << n)}", ex.Message);
        Assert.Contains($"2^{n} × 32 bytes", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    /// <summary>The old sampler: a full cumulative table and Array.BinarySearch (QaoaMetrics before #14 item 3).</summary>
    private static int OldDraw(double[] probabilities, double[] cumulative, double u)
    {
        int index = Array.BinarySearch(cumulative, u);
        index = Math.Min(index < 0 ? ~index : index + 1, cumulative.Length - 1);
        while (index < cumulative.Length - 1 && probabilities[index] == 0)
        {
            index++;
        }

        return index;
    }

    [Fact]
    public void BlockedSamplerDrawsExactlyWhatTheFullCumulativeTableDrew()
    {
        const int n = 13;
        var rng = new Random(11);
        var p = new double[1 << n];
        for (int b = 0; b < p.Length; b++)
        {
            p[b] = rng.Next(4) == 0 ? 0 : rng.NextDouble();
        }

        double total = 0;
        var cumulative = new double[p.Length];
        var blockEnds = new double[p.Length >> QaoaCost.MaxBlockQubits];
        for (int b = 0; b < p.Length; b++)
        {
            total += p[b];
            cumulative[b] = total;
            if (((b + 1) & ((1 << QaoaCost.MaxBlockQubits) - 1)) == 0)
            {
                blockEnds[b >> QaoaCost.MaxBlockQubits] = total;
            }
        }

        var draws = new List<double> { 0, cumulative[4095], cumulative[4096], cumulative[^2] };
        for (int s = 0; s < 2_000; s++)
        {
            draws.Add(rng.NextDouble() * total);
        }

        foreach (double u in draws)
        {
            int index = QaoaMetrics.Draw(p, blockEnds, QaoaCost.MaxBlockQubits, u);
            while (index < p.Length - 1 && p[index] == 0)
            {
                index++;
            }

            Assert.Equal(OldDraw(p, cumulative, u), index);
        }
    }

    [Fact]
    public void DriverOnTheWalshCostEqualsTheDensePathAndNeverBeatsTheExactCut()
    {
        var g = Regular3(10, 21);
        var op = Problems.MaxCut.CostOperator(g);
        double[] diagonal = op.Diagonal();
        var settings = new OptimizerSettings { MaxIterations = 200, GradientTolerance = 1e-7 };
        var dense = QaoaDriver.Run(new QaoaOptions(diagonal, 2, QaoaSense.Maximize) { OptimizerSettings = settings }, new Random(5));
        var walsh = QaoaDriver.Run(new QaoaOptions(QaoaCost.FromPauliSum(op), 2, QaoaSense.Maximize) { OptimizerSettings = settings }, new Random(5));
        Assert.Equal(dense.Expectation, walsh.Expectation, Tolerances.Accumulated);
        Assert.Equal(dense.CostScale, walsh.CostScale);
        for (int k = 0; k < 2; k++)
        {
            Assert.Equal(dense.Gammas[k], walsh.Gammas[k], SamePathAngleTolerance);
            Assert.Equal(dense.Betas[k], walsh.Betas[k], SamePathAngleTolerance);
        }

        // Exact max cut by enumeration of the dense diagonal: QAOA's ⟨C⟩ is an average, never above it.
        Assert.True(walsh.Expectation <= diagonal.Max());
        var metrics = QaoaMetrics.Compute(walsh.Probabilities, QaoaCost.FromPauliSum(op), diagonal.Max(), QaoaSense.Maximize, null, 200, new Random(9));
        var old = QaoaMetrics.Compute(dense.Probabilities, diagonal, diagonal.Max(), QaoaSense.Maximize, null, 200, new Random(9));
        Assert.Equal(old.ProbabilityOptimal, metrics.ProbabilityOptimal, Tolerances.Accumulated);
        Assert.True(metrics.BestSampledCost <= diagonal.Max());
    }

    [Fact]
    public void GridSkipsOnlyEvaluationsThatExactIdentitiesGive()
    {
        var op = Problems.MaxCut.CostOperator(Regular3(6, 4));
        var circuit = new QaoaCircuit(QaoaCost.FromPauliSum(op));
        // Identities behind the skipped points (QaoaDriver.GridOptima): ⟨C⟩ at β = 0 does not depend on γ, and with a
        // spin-flip symmetric cost ⟨C⟩ has period π/2 in β. Checked by direct evaluation, not assumed.
        Assert.Equal(circuit.Expectation([0.3], [0.0]), circuit.Expectation([1.1], [0.0]), Tolerances.Accumulated);
        Assert.Equal(circuit.Expectation([0.7], [0.4]), circuit.Expectation([0.7], [0.4 + Math.PI / 2]), Tolerances.Accumulated);
        var (_, symmetric) = QaoaDriver.GridOptima(circuit, QaoaSense.Maximize, 1.0, QaoaDriver.GridStarts, default);
        Assert.Equal(QaoaDriver.GridGammaPoints * (QaoaDriver.GridBetaPoints / 2 - 1) + 1, symmetric);

        // A field term breaks the symmetry: only the β = 0 column is shared.
        var withField = new QaoaCircuit(op.Diagonal().Select((c, b) => c + 0.5 * (b & 1)).ToArray());
        Assert.False(withField.Cost.IsSpinFlipSymmetric);
        var (_, asymmetric) = QaoaDriver.GridOptima(withField, QaoaSense.Maximize, 1.0, QaoaDriver.GridStarts, default);
        Assert.Equal(QaoaDriver.GridGammaPoints * (QaoaDriver.GridBetaPoints - 1) + 1, asymmetric);
    }
}
