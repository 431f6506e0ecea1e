using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Problems;
using QuantumApps.Problems.Tests.Problems;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Tests.Heuristics;

public class TspLocalSearchTests
{
    /// <summary>Integer-rounded Euclidean distances summed over ≤ 80 edges.</summary>
    private const double LengthTolerance = 1e-9;

    [Fact]
    public void Improve_NeverLengthens_AndEndsIn2OptLocalOptimum()
    {
        // Oracle for local optimality: a full O(n²) scan of all 2-opt moves written independently here.
        for (int seed = 0; seed < 4; seed++)
        {
            var rng = new Random(seed);
            var pts = Enumerable.Range(0, 60).Select(_ => (X: rng.NextDouble() * 1000, Y: rng.NextDouble() * 1000)).ToArray();
            var d = DistanceMatrix.FromFunction(60, (i, j) => TsplibDistances.Euclidean2D(pts[i].X, pts[i].Y, pts[j].X, pts[j].Y));
            var tour = TspLocalSearch.NearestNeighbour(d, 0);
            double before = d.TourLength(tour);
            TspLocalSearch.Improve(d, tour);
            double after = d.TourLength(tour);
            Assert.True(DistanceMatrix.IsPermutation(tour, 60));
            Assert.True(after <= before + LengthTolerance);
            for (int i = 0; i < 59; i++)
                for (int j = i + 2; j < 60; j++)
                {
                    int a = tour[i], b = tour[i + 1], c = tour[j], e = tour[(j + 1) % 60];
                    if (a == e) continue;
                    Assert.True(d[a, c] + d[b, e] - d[a, b] - d[c, e] >= -1e-9, "an improving 2-opt move remains");
                }
            Assert.True(TspAnnealing.Solve(d, new Random(seed), 100_000).Length <= before + LengthTolerance);
        }
    }
}
