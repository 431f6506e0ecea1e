using QuantumApps.Cli.IO;
using QuantumApps.Cli.Report;
using QuantumApps.Cli.Report.Claims;
using QuantumApps.TestSupport;
using QuantumApps.Problems;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.Simulator.Noise;
using QuantumApps.Variational.Qaoa;

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

    [Fact]
    public void RandomTourBaselineIsExactByTwoPathsAndItsMeasurementAgrees()
    {
        var o = QuickReport.Get.Routing;
        Assert.Equal(2, o.Instances.Count);
        foreach (var i in o.Instances)
        {
            // path 1: enumeration of the (N−1)! = 6 orders; path 2: the QUBO's bitstrings that decode to tours
            Assert.Equal(6, i.Tours);
            Assert.Equal(i.FeasibleCount, i.Tours);
            Assert.Equal(i.OptimalCount, i.OptimalTours);
            var diag = TspQubo.Create(i.Instance, fixFirstCity: true).Qubo.Diagonal();
            var tourValues = RoutingSection.AllTours(4).Select(t => diag[(int)Bitstring(TspQubo.Create(i.Instance, true).Encode(t))]).ToArray();
            Assert.Equal(tourValues.Average(), i.RandomTourMeanLength, Tolerances.Accumulated * i.RandomTourMeanLength);
            Assert.Equal(diag.Average(), i.UniformExpectation, Tolerances.Accumulated * Math.Abs(i.UniformExpectation));
            // measured over K seeded draws: a binomial count within 4 standard deviations of K·p
            var b = i.Budgeted;
            double p = i.RandomTourProbabilityOptimal, sd = Math.Sqrt(b.K * p * (1 - p));
            Assert.InRange(b.RandomOptimalOfK, b.K * p - 4 * sd, b.K * p + 4 * sd);
            Assert.True(b.RandomMeanOfK >= i.HeldKarp.Length - IntegerSum);
        }
    }

    [Fact]
    public void BudgetedTspUsesTheBestDepthWithinTheBudgetAndNobodyBeatsHeldKarp()
    {
        var o = QuickReport.Get.Routing;
        foreach (var i in o.Instances)
        {
            var b = i.Budgeted;
            Assert.Equal(BudgetLadder.BudgetSeconds(true), b.BudgetSeconds);
            Assert.Equal(BudgetLadder.K, b.K);
            // independent re-derivation of the rule: among the prefix of depths whose cumulative time fits, the lowest <H>
            double cumulative = 0;
            foreach (var q in i.Qaoa)
            {
                cumulative += q.Seconds;
                if (cumulative > b.BudgetSeconds) break;
                Assert.True(q.Expectation >= i.Chosen.Expectation, $"{i.Key}: p={q.Depth} fits the budget with a lower <H>");
            }
            double spent = i.Qaoa.TakeWhile(q => q.Depth <= b.Depth).Sum(q => q.Seconds);
            Assert.Equal(spent, b.QaoaSeconds, Tolerances.Accumulated);
            Assert.True(b.WithinBudget ? spent <= b.BudgetSeconds : b.Depth == 1);
            Assert.Equal(i.Chosen.BestOfK, b.QaoaBestOfK);
            Assert.InRange(b.QaoaValidOfK, 0, b.K);
            foreach (double length in new[] { b.AnnealingBestOfK, b.RandomBestOfK, i.Chosen.MeanValidLength, i.RandomTourMeanLength })
                Assert.True(length >= i.HeldKarp.Length - IntegerSum, $"{i.Key}: {length} is below the Held–Karp optimum {i.HeldKarp.Length}");
            if (!double.IsNaN(b.QaoaBestOfK)) Assert.True(b.QaoaBestOfK >= i.HeldKarp.Length - IntegerSum);
        }
        var m = o.Measurements();
        Assert.Equal(o.Instances.Count(i => i.Budgeted.QaoaBestOfK < i.Budgeted.AnnealingBestOfK), m["routing.budget.qaoa_wins"]);
        Assert.Equal(o.Instances.Max(i => i.Chosen.ProbabilityOptimal / i.RandomTourProbabilityOptimal), m["routing.budget.qaoa_over_random_tour_max"]);
    }

    [Fact]
    public void TspRunFilesReadBackAsTheInstancesAnglesAndCircuitsOfEveryRun()
    {
        var o = QuickReport.Get.Routing;
        var doc = new ReportDocument();
        RoutingSection.Render(doc, o);
        string dir = CliProcess.TempDir();
        foreach (var i in o.Instances)
        {
            // the TSPLIB file is what `quantumapps tsp INSTANCE` reads
            var read = TsplibReader.ParseTsp(doc.Files[$"{RoutingSection.RunFolder}/{i.Key}.tsp"], i.Key);
            Assert.Equal(i.Instance.Distances, read.Distances);
            var qubo = TspQubo.Create(read, fixFirstCity: true);
            var cost = qubo.Qubo.ToPauliSum();
            foreach (var q in i.Qaoa)
            {
                string path = Path.Combine(dir, $"{i.Key}-p{q.Depth}.txt");
                File.WriteAllText(path, doc.Files[$"{RoutingSection.RunFolder}/{i.Key}-p{q.Depth}-angles.txt"]);
                double[] angles = QaoaAngleFile.Read(path, q.Depth);
                Assert.Equal([.. q.Gammas, .. q.Betas], angles);
                // independent path: the gate-level circuit on the unscaled QUBO from the file's angles reproduces the run's <H>
                // (the driver optimised the QUBO divided by the longest distance with its diagonal kernel)
                var state = TrajectorySimulator.Run(QaoaGateCircuit.Build(cost, i.Qubits, angles[..q.Depth], angles[q.Depth..]), [], NoiseModel.None, new Random(0));
                Assert.Equal(q.Expectation, state.Expectation(cost), Tolerances.Accumulated * Math.Abs(q.Expectation));
                string qasm = doc.Files[$"{RoutingSection.RunFolder}/{i.Key}-p{q.Depth}.qasm"];
                Assert.StartsWith("OPENQASM 2.0;", qasm);
                int cx = qasm.Split('\n').Count(l => l.TrimStart().StartsWith("cx ", StringComparison.Ordinal));
                Assert.Equal(i.CnotsPerLayer * q.Depth, cx);
            }
        }
    }

    [Fact]
    public void LogisticsVerdictFollowsTheLikeAgainstLikeNumbers()
    {
        var entry = ClaimCatalogue.Default.Claims.Single(c => c.Id == "logistics-real-time");
        var m = new Dictionary<string, double>(QuickReport.Get.Routing.Measurements());
        // QAOA below a random valid tour on every instance: refuted
        m["routing.budget.qaoa_over_random_tour_max"] = 0.5;
        Assert.Equal(VerdictKind.Refuted, VerdictEngine.Evaluate(entry, m).Verdict);
        // above the random tour but never better than annealing in the same time: not supported at this scale
        (m["routing.budget.qaoa_over_random_tour_max"], m["routing.budget.qaoa_wins"]) = (1.5, 0);
        Assert.Equal(VerdictKind.NotSupportedAtThisScale, VerdictEngine.Evaluate(entry, m).Verdict);
        m["routing.budget.qaoa_wins"] = m["routing.instances"];
        Assert.Equal(VerdictKind.Supported, VerdictEngine.Evaluate(entry, m).Verdict);
    }

    private static ulong Bitstring(bool[] bits)
    {
        ulong b = 0;
        for (int k = 0; k < bits.Length; k++) if (bits[k]) b |= 1UL << k;
        return b;
    }
}
