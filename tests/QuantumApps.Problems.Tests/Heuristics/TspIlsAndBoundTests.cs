using System.Diagnostics;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Heuristics;

/// <summary>
/// Iterated local search, candidate lists and the Held–Karp 1-tree bound, each against an independent path: Held–Karp
/// DP (exact), the published TSPLIB95 optima (Reinelt 1991 / TSPLIB95 optimal tour lengths, also in
/// ../shared/instances/README.md and data/graphs/README.md), sorting, and QuikGraph's MST.
/// </summary>
public class TspIlsAndBoundTests
{
    /// <summary>Tour lengths are sums of at most ~300 integers; 1e-9 absorbs rounding.</summary>
    private const double LengthTolerance = 1e-9;

    /// <summary>
    /// Random Euclidean instance (points uniform in [0, 1000)², TSPLIB EUC_2D rounding), the generator also used for the
    /// seeded instances in docs/benchmarks.md.
    /// </summary>
    internal static DistanceMatrix RandomEuclidean(int n, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++) { x[i] = rng.NextDouble() * 1000; y[i] = rng.NextDouble() * 1000; }
        return DistanceMatrix.FromFunction(n, (i, j) => TsplibDistances.Euclidean2D(x[i], y[i], x[j], y[j]));
    }

    public static TheoryData<string, double> ShippedTsplib() => new()
    {
        { "burma14.tsp", 3323 }, { "ulysses16.tsp", 6859 }, { "gr17.tsp", 2085 }, { "ulysses22.tsp", 7013 },
        { "eil51.tsp", 426 }, { "berlin52.tsp", 7542 }, { "kroA100.tsp", 21282 }, { "ch150.tsp", 6528 }, { "a280.tsp", 2579 },
        { "tiny6.tsp", 44 }, { "tiny5-full.tsp", 19 },
    };

    [Theory]
    [MemberData(nameof(ShippedTsplib))]
    public void OneTreeBound_NeverExceedsTheOptimum_AndIlsNeverBeatsIt(string file, double optimum)
    {
        // Every shipped .tsp except pr1002 (its QuikGraph certification alone takes ~2 s; bound 256289.7 ≤ 259045 in
        // docs/benchmarks.md). 300 ascent steps keep the test fast; any multipliers give a valid bound.
        var d = TsplibReader.ReadTsp(RepositoryData.Graph(file)).Distances;
        var bound = HeldKarpBound.Compute(d, maxIterations: 300);
        Assert.True(bound.LowerBound <= optimum + LengthTolerance, $"{file}: bound {bound.LowerBound} > optimum {optimum}");
        Assert.True(bound.LowerBound > 0);
        var ils = TspIteratedLocalSearch.Solve(d, new SearchBudget(Restarts: 1, Seed: 5), kicks: 200);
        Assert.True(ils.Length >= optimum - LengthTolerance, $"{file}: ils {ils.Length} below the optimum {optimum}");
        Assert.Equal(ils.Length, d.TourLength(ils.Tour), LengthTolerance);
        Assert.Equal(0, ils.Tour[0]);
    }

    [Fact]
    public void OneTreeBound_OnSmallEuclideanInstances_IsCloseBelowHeldKarpDp()
    {
        // Exact optimum from the Held–Karp DP; the bound must not exceed it and, on these metric instances, comes within
        // HeldKarpGapTolerance (measured worst over the 12 seeds: see the assertion message on failure).
        const double heldKarpGapTolerance = 0.05; // the 1-tree LP gap of random Euclidean 8–12-city instances is a few %
        int tours = 0;
        for (int seed = 0; seed < 12; seed++)
        {
            int n = 8 + seed % 5;
            var d = RandomEuclidean(n, 100 + seed);
            double exact = HeldKarp.Solve(d).Length;
            var b = HeldKarpBound.Compute(d);
            Assert.True(b.LowerBound <= exact + LengthTolerance, $"seed {seed}: bound {b.LowerBound} > optimum {exact}");
            Assert.True(b.LowerBound >= (1 - heldKarpGapTolerance) * exact, $"seed {seed}: bound {b.LowerBound} more than 5 % below {exact}");
            if (b.IsTour)
            {
                Assert.Equal(exact, b.LowerBound, 1e-6);
                tours++;
            }
        }

        Assert.True(tours > 0, "on some of these instances the best 1-tree should be an optimal tour");
    }

    [Fact]
    public void DensePrimAndQuikGraphGiveTheSameOneTree()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            var d = RandomEuclidean(30 + seed, seed);
            var rng = new Random(seed);
            var pi = Enumerable.Range(0, d.Size).Select(_ => rng.NextDouble() * 40 - 20).ToArray();
            Assert.Equal(HeldKarpBound.QuikGraphOneTree(d, pi), HeldKarpBound.DenseOneTree(d, pi), 1e-9);
        }
    }

    [Fact]
    public void OneTreeBound_RefusesAsymmetricMatrices()
    {
        var d = new DistanceMatrix(3, [0, 1, 2, 2, 0, 1, 1, 3, 0]);
        Assert.Contains("symmetric", Assert.Throws<QuantumAppsException>(() => HeldKarpBound.Compute(d)).Message);
    }

    [Fact]
    public void Ils_FindsTheHeldKarpOptimum_OnSmallInstances()
    {
        // Held–Karp DP is the oracle; ILS must never beat it, and with its default work it reaches it on these 10 seeds.
        for (int seed = 0; seed < 10; seed++)
        {
            var d = RandomEuclidean(8 + seed, 200 + seed);
            double exact = HeldKarp.Solve(d).Length;
            var ils = TspIteratedLocalSearch.Solve(d, new SearchBudget(Seed: seed));
            Assert.True(DistanceMatrix.IsPermutation(ils.Tour, d.Size));
            Assert.Equal(exact, ils.Length, LengthTolerance);
        }
    }

    [Fact]
    public void Ils_IsReproducibleFromTheSeed_AndBetterThanNn2opt()
    {
        var d = TsplibReader.ReadTsp(RepositoryData.Graph("kroA100.tsp")).Distances;
        var a = TspIteratedLocalSearch.Solve(d, new SearchBudget(Seed: 7), kicks: 2000);
        Assert.Equal(TspIteratedLocalSearch.Solve(d, new SearchBudget(Seed: 3), kicks: 300).Tour, TspIteratedLocalSearch.Solve(d, new SearchBudget(Seed: 3), kicks: 300).Tour);
        var nn = TspLocalSearch.NearestNeighbourTwoOpt(d);
        Assert.True(a.Length <= nn.Length, $"ils {a.Length} worse than nn2opt {nn.Length}");
        Assert.True(a.Length <= 21282 * 1.01, $"ils {a.Length} more than 1 % above the kroA100 optimum 21282");
    }

    [Fact]
    public void Ils_StopsAtItsTimeLimit()
    {
        var d = RandomEuclidean(300, 3);
        var sw = Stopwatch.StartNew();
        var s = TspIteratedLocalSearch.Solve(d, new SearchBudget(TimeLimitSeconds: 0.3, Restarts: 2, Seed: 1));
        Assert.True(DistanceMatrix.IsPermutation(s.Tour, 300));
        // 0.3 s plus candidate lists, NN starts and the first descent (tens of ms each); 1.5 s leaves room for a loaded machine.
        Assert.True(sw.Elapsed.TotalSeconds < 1.5, $"took {sw.Elapsed.TotalSeconds} s");
    }

    [Fact]
    public void Ils_RefusesAsymmetricMatrices()
    {
        var d = new DistanceMatrix(8, Enumerable.Range(0, 64).Select(k => k / 8 == k % 8 ? 0.0 : 1 + (k % 8 > k / 8 ? 1 : 0)).ToArray());
        Assert.Throws<QuantumAppsException>(() => TspIteratedLocalSearch.Solve(d, new SearchBudget()));
    }

    [Fact]
    public void CandidateLists_AreTheNearestBySortingTheRow()
    {
        var d = RandomEuclidean(60, 9);
        var c = TspCandidates.Nearest(d, 8);
        for (int i = 0; i < 60; i++)
        {
            var sorted = Enumerable.Range(0, 60).Where(j => j != i).OrderBy(j => d[i, j]).ThenBy(j => j).Take(8).ToArray();
            Assert.Equal(sorted.Select(j => d[i, j]), c.Of(i).ToArray().Select(j => d[i, j]));
            Assert.DoesNotContain(i, c.Of(i).ToArray());
        }

        Assert.Equal(4, TspCandidates.Nearest(RandomEuclidean(5, 1), 10).K);
    }

    [Fact]
    public void SearchBudget_ValidatesItsValues()
    {
        Assert.Contains("--time-limit", Assert.Throws<QuantumAppsException>(() => new SearchBudget(TimeLimitSeconds: 0).Validated()).Message);
        Assert.Contains("--time-limit", Assert.Throws<QuantumAppsException>(() => new SearchBudget(TimeLimitSeconds: double.NaN).Validated()).Message);
        Assert.Contains("--restarts", Assert.Throws<QuantumAppsException>(() => new SearchBudget(Restarts: 0).Validated()).Message);
        Assert.Equal(long.MaxValue, new SearchBudget().DeadlineTimestamp(0, 0, 1));
        Assert.Equal(Stopwatch.Frequency, new SearchBudget(TimeLimitSeconds: 2).DeadlineTimestamp(0, 0, 2));
    }

    [Fact]
    public void Nn2optAndSa_TakeTheBudget()
    {
        var d = TsplibReader.ReadTsp(RepositoryData.Graph("berlin52.tsp")).Distances;
        var one = TspLocalSearch.NearestNeighbourTwoOpt(d, new SearchBudget(Restarts: 1));
        var all = TspLocalSearch.NearestNeighbourTwoOpt(d);
        Assert.True(all.Length <= one.Length); // default: all 52 starts, of which start 0 is the one-restart run
        Assert.Equal(TspLocalSearch.NearestNeighbourTwoOpt(d, new SearchBudget(Restarts: 52)).Length, all.Length);
        var sw = Stopwatch.StartNew();
        var sa = TspAnnealing.Solve(d, new Random(1), budget: new SearchBudget(TimeLimitSeconds: 0.2, Restarts: 2));
        Assert.True(sw.Elapsed.TotalSeconds < 1.2, $"sa took {sw.Elapsed.TotalSeconds} s");
        Assert.True(sa.Length >= 7542 && DistanceMatrix.IsPermutation(sa.Tour, 52));
    }
}
