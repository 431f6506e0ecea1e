using CsCheck;
using QuantumApps.Problems.Graphs;
using QuantumApps.Problems.Heuristics;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Properties;

/// <summary>
/// Property tests (CsCheck, fixed seed, <see cref="PropertyChecks"/>): the QUBO → Ising → Pauli-sum conversions (and back)
/// preserve the value of every assignment, and every heuristic's reported cut, QUBO energy or tour length is what the
/// problem's own evaluation gives for the reported assignment or tour — and never better than the exact optimum.
/// </summary>
public class EncodingPropertyTests
{
    /// <summary>Values are sums of a few tens of terms of size ≤ 10: rounding stays far below this.</summary>
    private const double Tolerance = Tolerances.Accumulated;

    /// <summary>QUBOs on 1..8 variables with random linear and pair coefficients in [−10, 10] and an offset.</summary>
    private static readonly Gen<Qubo> AnyQubo =
        Gen.Int[1, 8].SelectMany(n => Gen.Select(
            Gen.Double[-10, 10].Array[n],
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Double[-10, 10]).Array[0, 3 * n],
            Gen.Double[-10, 10],
            (linear, pairs, offset) =>
            {
                var b = new QuboBuilder(n).AddConstant(offset);
                for (int i = 0; i < n; i++) b.AddLinear(i, linear[i]);
                foreach (var (i, j, v) in pairs) if (i != j) b.AddPair(i, j, v);
                return b.ToQubo();
            }));

    /// <summary>Weighted Erdős–Rényi graphs on 2..10 nodes (edge probability 0.2..0.9, weights −2..5, seeded).</summary>
    private static readonly Gen<(Graph Graph, int Seed)> AnyGraph =
        Gen.Select(Gen.Int[2, 10], Gen.Double[0.2, 0.9], Gen.Int[0, 1_000_000], (n, p, seed) =>
        {
            var rng = new Random(seed);
            var g = GraphGenerators.ErdosRenyi(n, p, rng);
            return (new Graph(n, g.Edges.Select(e => new Edge(e.U, e.V, Math.Round(rng.NextDouble() * 7 - 2, 3)))), seed);
        });

    /// <summary>Symmetric integer distance matrices on 3..9 cities (entries 1..100, seeded).</summary>
    private static readonly Gen<(DistanceMatrix D, int Seed)> AnyDistances =
        Gen.Select(Gen.Int[3, 9], Gen.Int[0, 1_000_000], (n, seed) =>
        {
            var rng = new Random(seed);
            var a = new double[n * n];
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) a[i * n + j] = a[j * n + i] = rng.Next(1, 101);
            return (new DistanceMatrix(n, a), seed);
        });

    [Fact]
    public void QuboIsingAndPauliSumAgreeOnEveryAssignment() =>
        PropertyChecks.Check(AnyQubo, q =>
        {
            var ising = q.ToIsing();
            var back = ising.ToQubo();
            double[] diagonal = q.ToPauliSum().Diagonal();
            Assert.Equal(1 << q.NumVariables, diagonal.Length);
            for (ulong x = 0; x < (ulong)diagonal.Length; x++)
            {
                double e = q.Energy(x);
                Assert.Equal(e, q.Energy(Bits.FromIndex(x, q.NumVariables)), Tolerance);
                Assert.Equal(e, ising.Energy(x), Tolerance);
                Assert.Equal(e, back.Energy(x), Tolerance);
                Assert.Equal(e, diagonal[x], Tolerance);
            }
        }, 200);

    [Fact]
    public void MaxCutHeuristicsReportTheCutOfTheirAssignmentAndNeverBeatExact() =>
        PropertyChecks.Check(AnyGraph, t =>
        {
            var (g, seed) = t;
            var qubo = MaxCut.MinimizationQubo(g);
            double exact = BruteForce.MaxCut(g).Cut;
            Assert.Equal(exact, MaxCut.CutValue(g, BruteForce.MaxCut(g).Assignment), Tolerance);
            foreach (var s in new[] { SimulatedAnnealing.Minimize(qubo, new Random(seed), sweeps: 50), TabuSearch.Minimize(qubo, new Random(seed), iterations: 200) })
            {
                Assert.Equal(qubo.Energy(Bits.Parse(s.Bits)), s.Energy, Tolerance);
                Assert.Equal(-s.Energy, MaxCut.CutValue(g, s.Bits), Tolerance);
            }
            var greedy = GreedyMaxCut.Solve(g);
            var gw = GoemansWilliamson.Solve(g, new Random(seed), roundings: 10);
            foreach (var (cut, assignment) in new[] { (greedy.Cut, greedy.Assignment), (gw.Cut, gw.Assignment) })
            {
                Assert.Equal(cut, MaxCut.CutValue(g, assignment), Tolerance);
                Assert.True(cut <= exact + Tolerance, $"cut {cut} above the exact {exact}");
            }
        }, 100);

    [Fact]
    public void TourHeuristicsReportTheLengthOfTheirTourAndNeverBeatHeldKarp() =>
        PropertyChecks.Check(AnyDistances, t =>
        {
            var (d, seed) = t;
            var exact = HeldKarp.Solve(d);
            foreach (var s in new[] { exact, TspLocalSearch.NearestNeighbourTwoOpt(d), TspAnnealing.Solve(d, new Random(seed), iterations: 2000) })
            {
                Assert.True(DistanceMatrix.IsPermutation(s.Tour, d.Size), s.Method);
                Assert.Equal(d.TourLength(s.Tour), s.Length, Tolerance);
                Assert.True(s.Length >= exact.Length - Tolerance, $"{s.Method}: {s.Length} below Held–Karp {exact.Length}");
            }
        }, 100);
}
