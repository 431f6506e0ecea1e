using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Heuristics;

/// <summary>
/// Issue 14 (remaining item 3): TSP candidate lists from a k-d tree (<see cref="KdTree2D"/>,
/// <see cref="TspCandidates.FromCoordinates"/>) against a brute force over all points (sort by squared distance, then
/// index), including point sets full of ties and duplicates, and the TSPLIB reader's coordinates.
/// </summary>
public sealed class KdTreeCandidateTests
{
    private static int[] BruteForce(double[] x, double[] y, int i, int k) =>
        Enumerable.Range(0, x.Length).Where(j => j != i)
            .OrderBy(j => (x[j] - x[i]) * (x[j] - x[i]) + (y[j] - y[i]) * (y[j] - y[i])).ThenBy(j => j).Take(k).ToArray();

    [Theory]
    [InlineData(500, 10, false)]
    [InlineData(300, 10, true)]
    [InlineData(7, 10, false)]
    public void KdTreeGivesTheBruteForceNeighbours(int n, int k, bool integerGrid)
    {
        // integerGrid: coordinates on a 12 × 12 lattice, so many equal distances and duplicate points test the tie order.
        var rng = new Random(n + k);
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = integerGrid ? rng.Next(12) : rng.NextDouble() * 1000;
            y[i] = integerGrid ? rng.Next(12) : rng.NextDouble() * 1000;
        }

        var c = TspCandidates.FromCoordinates(new PlanarCoordinates(x, y), k);
        Assert.Equal(Math.Min(k, n - 1), c.K);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(BruteForce(x, y, i, c.K), c.Of(i).ToArray());
        }
    }

    [Fact]
    public void TsplibCoordinatesGiveTheMatrixNeighboursUpToRoundingTies()
    {
        // a280 is EUC_2D: distance = nint(Euclidean), non-decreasing in the Euclidean distance, so the k-th candidate's
        // matrix distance from the k-d tree equals the k-th smallest matrix distance of the row (which of several cities at
        // the same rounded distance is taken may differ, the distances may not).
        var tsp = TsplibReader.ReadTsp(RepositoryData.Graph("a280.tsp"));
        Assert.NotNull(tsp.Coordinates);
        var d = tsp.Distances;
        var fromTree = TspCandidates.FromCoordinates(tsp.Coordinates!, 10);
        var fromMatrix = TspCandidates.Nearest(d, 10);
        for (int i = 0; i < d.Size; i++)
        {
            Assert.Equal(fromMatrix.Of(i).ToArray().Select(j => d[i, j]), fromTree.Of(i).ToArray().Select(j => d[i, j]));
        }

        Assert.Null(TsplibReader.ReadTsp(RepositoryData.Graph("tiny5-full.tsp")).Coordinates);
        Assert.Null(TsplibReader.ReadTsp(RepositoryData.Graph("ulysses16.tsp")).Coordinates);
    }

    [Fact]
    public void IlsWithTreeCandidatesReachesBerlin52sOptimum()
    {
        // TSPLIB95 optimum of berlin52: 7542 (reached with 5 000 kicks at seed 1; tens of milliseconds).
        var tsp = TsplibReader.ReadTsp(RepositoryData.Graph("berlin52.tsp"));
        var s = TspIteratedLocalSearch.Solve(tsp.Distances, new SearchBudget(Seed: 1), kicks: 5_000, coordinates: tsp.Coordinates);
        Assert.True(DistanceMatrix.IsPermutation(s.Tour, 52));
        Assert.Equal(tsp.Distances.TourLength(s.Tour), s.Length, 1e-9);
        Assert.True(s.Length >= 7542 - 1e-9, "no tour is shorter than the optimum");
        Assert.Equal(7542, s.Length, 1e-9);
    }
}
