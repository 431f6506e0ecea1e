using QuantumApps.TestSupport;
using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;

namespace QuantumApps.Cli.Tests.Report;

/// <summary>The report's routing section (quick run, seed 42): tours re-evaluated, counts from combinatorics, published optima.</summary>
public class RoutingSectionTests
{
    /// <summary>TSPLIB distances are integers (nint of the geographical formula): a tour length is an exact sum of them, so 1e-9 only covers the double representation.</summary>
    private const double IntegerSum = 1e-9;

    private static double Length(DistanceMatrix d, IReadOnlyList<int> tour) =>
        Enumerable.Range(0, tour.Count).Sum(i => d[tour[i], tour[(i + 1) % tour.Count]]);

    private static void AssertTour(TspInstance instance, TourSolution solution)
    {
        Assert.Equal(Enumerable.Range(0, instance.CityCount), solution.Tour.OrderBy(c => c));
        Assert.Equal(solution.Length, Length(instance.Distances, solution.Tour), IntegerSum);
    }

    [Fact]
    public void TourLengthsAreReEvaluatedFromTheTours()
    {
        var o = QuickReport.Get.Routing;
        AssertTour(o.Tsp4, o.HeldKarp);
        AssertTour(o.Tsp4, o.TwoOpt);
        Assert.True(o.HeldKarp.Length <= o.TwoOpt.Length + IntegerSum, "a heuristic beat Held–Karp");
        foreach (var row in o.Scaling)
        {
            AssertTour(row.Instance, row.HeldKarp);
            AssertTour(row.Instance, row.TwoOpt);
            Assert.True(row.HeldKarp.Length <= row.TwoOpt.Length + IntegerSum);
        }
    }

    [Fact]
    public void HeldKarpMatchesThePublishedTsplibOptima()
    {
        var rows = QuickReport.Get.Routing.Scaling.ToDictionary(r => r.Name);
        Assert.True(rows.Count == 2, "data/graphs/burma14.tsp and ulysses16.tsp ship with the repository");
        // TSPLIB95 documentation, "Optimal solutions for symmetric TSPs": burma14 3323, ulysses16 6859
        Assert.Equal(3323, rows["burma14"].HeldKarp.Length, IntegerSum);
        Assert.Equal(6859, rows["ulysses16"].HeldKarp.Length, IntegerSum);
        // one-hot encoding with city 0 fixed: (N − 1)² variables
        Assert.Equal(13 * 13, rows["burma14"].Qubits);
        Assert.Equal(15 * 15, rows["ulysses16"].Qubits);
    }

    [Fact]
    public void Tsp4CountsFollowFromCombinatoricsAndProbabilitiesAreOrdered()
    {
        var o = QuickReport.Get.Routing;
        // 3 free cities in 3 positions: 2^9 = 512 bitstrings, of which the 3! = 6 permutation matrices are tours;
        // each optimal cycle appears in both directions
        Assert.Equal(9, o.Tsp4Qubits);
        Assert.Equal(512, o.Tsp4Bitstrings);
        Assert.Equal(6, o.Tsp4FeasibleCount);
        Assert.True(o.Tsp4OptimalCount >= 2 && o.Tsp4OptimalCount % 2 == 0, $"{o.Tsp4OptimalCount} optimal tours");
        foreach (var q in o.Qaoa)
        {
            Assert.InRange(q.ProbabilityFeasible, 0, 1 + 1e-12);
            Assert.True(q.ProbabilityOptimal <= q.ProbabilityFeasible + 1e-12, "optimal tours are feasible ones");
            if (!double.IsNaN(q.BestSampledCost)) Assert.True(q.BestSampledCost >= o.HeldKarp.Length - IntegerSum, "a sampled tour beat Held–Karp");
        }
    }

    [Fact]
    public void RandomValidTourBaselineIsOneThirdForFourCities()
    {
        // 4 cities with city 0 fixed: 3! = 6 directed tours, i.e. 3 distinct tours each in two directions; a unique
        // shortest tour is 2 of the 6 (hand count), so a uniformly random valid tour is optimal with probability 1/3
        var o = QuickReport.Get.Routing;
        Assert.Equal(6, o.Tsp4FeasibleCount);
        Assert.Equal(2, o.Tsp4OptimalCount);
        Assert.Equal(1.0 / 3, o.Tsp4RandomTourOptimal, Tolerances.Unitary); // one division of small integers
        Assert.Equal(o.Tsp4ProbabilityOptimal / o.Tsp4RandomTourOptimal, o.Measurements()["routing.tsp4.qaoa_over_random_tour"], Tolerances.Unitary);
    }
}
