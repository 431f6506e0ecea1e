using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems.IO;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Heuristics;

public class MaxCutBudgetTests
{
    /// <summary>Cut values are sums of ≤ 100 integer weights; 1e-9 absorbs reordering of the sums.</summary>
    private const double CutTolerance = 1e-9;

    /// <summary>
    /// Slack on a time limit: the searches look at the clock every iteration (tabu every 64), sweep or descent, each
    /// far below 0.1 s on these graphs; the rest is a loaded two-core machine.
    /// </summary>
    private const double ClockSlackSeconds = 0.7;

    [Fact]
    public void Gw_polish_never_lowers_the_rounded_cut_and_never_exceeds_exact()
    {
        // Same seed with and without polish: identical SDP vectors and roundings (the polish draws no random numbers),
        // so the polished best cut is ≥ the unpolished best cut, whose value the polished run also reports as RoundedCut.
        for (int seed = 0; seed < 8; seed++)
        {
            var rng = new Random(seed);
            var g = new Graph(14, GraphGenerators.ErdosRenyi(14, 0.45, rng).Edges.Select(e => e with { Weight = rng.Next(-2, 6) }));
            double exact = BruteForce.MaxCut(g).Cut;
            var plain = GoemansWilliamson.Solve(g, new Random(seed), 20, polish: false);
            var polished = GoemansWilliamson.Solve(g, new Random(seed), 20);
            Assert.Equal(plain.Cut, polished.RoundedCut, CutTolerance);
            Assert.Equal(plain.Cut, plain.RoundedCut, CutTolerance);
            Assert.True(polished.Cut >= plain.Cut - CutTolerance, $"seed {seed}: polished {polished.Cut} < rounded {plain.Cut}");
            Assert.True(polished.Cut <= exact + CutTolerance, $"seed {seed}: polished {polished.Cut} > exact {exact}");
            Assert.Equal(polished.Cut, MaxCut.CutValue(g, polished.Assignment), CutTolerance);
        }
    }

    [Fact]
    public void Gw_certificate_is_optional()
    {
        var g = GraphGenerators.RandomRegular(20, 3, new Random(5));
        double exact = BruteForce.MaxCut(g).Cut;
        var none = GoemansWilliamson.Solve(g, new Random(1), 10, certificate: false);
        Assert.True(double.IsNaN(none.UpperBound));
        var auto = GoemansWilliamson.Solve(g, new Random(1), 10);
        Assert.True(exact <= auto.UpperBound + CutTolerance, $"exact {exact} > bound {auto.UpperBound}");
        Assert.Equal(auto.Cut, none.Cut, CutTolerance);
        var big = new Graph(GoemansWilliamson.MaxNodesForCertificate + 1, [new Edge(0, 1, 1)]);
        Assert.Throws<ArgumentException>(() => GoemansWilliamson.Solve(big, new Random(1), 1, maxSweeps: 1, certificate: true));
    }

    [Fact]
    public void Budgeted_heuristics_never_beat_exact_and_report_their_cut_honestly()
    {
        var budget = new SearchBudget(Restarts: 3);
        for (int seed = 0; seed < 6; seed++)
        {
            var rng = new Random(seed);
            var g = new Graph(13, GraphGenerators.ErdosRenyi(13, 0.5, rng).Edges.Select(e => e with { Weight = rng.Next(1, 8) }));
            double exact = BruteForce.MaxCut(g).Cut;
            foreach (var s in new[]
            {
                MaxCutSolvers.Tabu(g, new Random(seed), budget: budget),
                MaxCutSolvers.Annealing(g, new Random(seed), 100, budget: budget),
                MaxCutSolvers.LocalSearch(g, new Random(seed), budget: budget),
            })
            {
                Assert.True(s.Cut <= exact + CutTolerance, $"{s.Method} {s.Cut} > exact {exact}");
                Assert.Equal(s.Cut, MaxCut.CutValue(g, s.Assignment), CutTolerance);
            }

            var gw = GoemansWilliamson.Solve(g, new Random(seed), 10, budget: budget);
            Assert.True(gw.Cut <= exact + CutTolerance);
        }
    }

    [Fact]
    public void Restarts_are_counted_and_runs_are_deterministic_for_a_seed()
    {
        var q = MaxCut.MinimizationQubo(GraphGenerators.RandomRegular(40, 3, new Random(2)));
        var local = OneFlipLocalSearch.Solve(q, new Random(3), budget: new SearchBudget(Restarts: 5));
        Assert.StartsWith("5 restarts", local.ExitReason);
        var a = TabuSearch.Minimize(q, new Random(4), 500, budget: new SearchBudget(Restarts: 3));
        var b = TabuSearch.Minimize(q, new Random(4), 500, budget: new SearchBudget(Restarts: 3));
        Assert.StartsWith("1500 iterations in 3 runs", a.ExitReason);
        Assert.Equal(a.Bits, b.Bits);
        var sa = SimulatedAnnealing.Minimize(q, new Random(4), 50, budget: new SearchBudget(Restarts: 2));
        Assert.StartsWith("2 runs, 100 sweeps", sa.ExitReason);
    }

    [Fact]
    public void Time_limit_is_kept_and_filled()
    {
        // G43 (1000 nodes, Gset): each method must stop within its 0.15 s budget plus slack, and use it (≥ 0.15 s),
        // since without the clock none of them would stop that soon (tabu: 10^5 iterations; sa: doubling runs; local: repeats).
        var g = GsetReader.Read(RepositoryData.Graph("G43.rudy"));
        var budget = new SearchBudget(TimeLimitSeconds: 0.15, 2);
        foreach (var s in new[]
        {
            MaxCutSolvers.Tabu(g, new Random(1), budget: budget),
            MaxCutSolvers.Annealing(g, new Random(1), budget: budget),
            MaxCutSolvers.LocalSearch(g, new Random(1), budget: budget),
        })
        {
            Assert.InRange(s.Seconds, 0.15, 0.15 + ClockSlackSeconds);
            Assert.Equal(s.Cut, MaxCut.CutValue(g, s.Assignment), CutTolerance);
        }
    }
}
