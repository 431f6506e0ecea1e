using QuantumApps.TestSupport;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;
using QuantumApps.Problems.Tests.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.Heuristics;

public class TspSolverTests
{
    /// <summary>Tour lengths are sums of ≤ 20 integers (or halves); 1e-9 absorbs rounding.</summary>
    private const double LengthTolerance = 1e-9;

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void HeldKarp_EqualsPermutationBruteForce(int n)
    {
        // Oracle: enumeration of all (n−1)! tours with city 0 fixed; both symmetric and asymmetric matrices.
        foreach (bool sym in new[] { true, false })
            for (int seed = 0; seed < 3; seed++)
            {
                var inst = TspQuboTests.RandomTsp(n, 10 * n + seed, sym);
                double best = double.PositiveInfinity;
                foreach (var p in TspQuboTests.Permutations(Enumerable.Range(1, n - 1).ToArray()))
                    best = Math.Min(best, inst.Distances.TourLength([0, .. p]));
                var hk = HeldKarp.Solve(inst.Distances);
                Assert.Equal(best, hk.Length, LengthTolerance);
                Assert.Equal(0, hk.Tour[0]);
                Assert.Equal(hk.Length, inst.Distances.TourLength(hk.Tour), LengthTolerance);
            }
    }

    [Theory]
    [InlineData("burma14.tsp", 3323)]   // TSPLIB95 published optimum (Reinelt, optimal tour lengths list)
    [InlineData("ulysses16.tsp", 6859)] // TSPLIB95 published optimum
    [InlineData("gr17.tsp", 2085)]      // TSPLIB95 published optimum
    [InlineData("tiny6.tsp", 44)]       // separate Python enumeration of all 5! tours (data/graphs/README.md)
    [InlineData("tiny5-full.tsp", 19)]  // separate Python enumeration of all 4! tours
    public void HeldKarp_ReproducesPublishedOptima(string file, double optimum)
    {
        var inst = TsplibReader.ReadTsp(RepositoryData.Graph(file));
        var hk = HeldKarp.Solve(inst.Distances);
        Assert.Equal(optimum, hk.Length);
        var nn = TspLocalSearch.NearestNeighbourTwoOpt(inst.Distances);
        Assert.True(nn.Length >= optimum - LengthTolerance, $"nn2opt {nn.Length} beats optimum {optimum}");
        var sa = TspAnnealing.Solve(inst.Distances, new Random(1), 200_000);
        Assert.True(sa.Length >= optimum - LengthTolerance, $"sa {sa.Length} beats optimum {optimum}");
        Assert.Equal(sa.Length, inst.Distances.TourLength(sa.Tour), LengthTolerance);
        Assert.Equal(0, sa.Tour[0]);
    }

    [Fact]
    public void RoadNetworkTsp_Optimum()
    {
        // 27 km: separate Python Floyd–Warshall + enumeration of the 4! tours (data/graphs/README.md).
        var inst = RoadNetworkReader.ReadTsp(RepositoryData.Graph("road-grid.txt"), RepositoryData.Graph("road-grid.stops"));
        Assert.Equal(27.0, HeldKarp.Solve(inst.Distances).Length, LengthTolerance);
    }

    [Fact]
    public void Heuristics_NeverBeatHeldKarp_OnRandomInstances()
    {
        for (int seed = 0; seed < 10; seed++)
        {
            var inst = TspQuboTests.RandomTsp(10, 500 + seed);
            double opt = HeldKarp.Solve(inst.Distances).Length;
            var nn = TspLocalSearch.NearestNeighbourTwoOpt(inst.Distances);
            var sa = TspAnnealing.Solve(inst.Distances, new Random(seed), 50_000);
            Assert.True(nn.Length >= opt - LengthTolerance);
            Assert.True(sa.Length >= opt - LengthTolerance);
            Assert.True(DistanceMatrix.IsPermutation(nn.Tour, 10));
            Assert.True(DistanceMatrix.IsPermutation(sa.Tour, 10));
        }
    }

    [Fact]
    public void HeldKarp_RefusesHugeInstancesNamingBytes()
    {
        var d = DistanceMatrix.FromFunction(30, (i, j) => Math.Abs(i - j));
        var ex = Assert.Throws<QuantumAppsException>(() => HeldKarp.Solve(d));
        Assert.Contains($"{HeldKarp.BytesNeeded(30)} bytes", ex.Message);
    }
}
