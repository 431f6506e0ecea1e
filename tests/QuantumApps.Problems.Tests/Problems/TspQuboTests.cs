using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Problems;

public class TspQuboTests
{
    /// <summary>QUBO energies are sums of ≤ N⁴ integer-valued terms; 1e-10 allows for reordering.</summary>
    private const double EnergyTolerance = Tolerances.Accumulated;

    internal static TspInstance RandomTsp(int n, int seed, bool symmetric = true)
    {
        var rng = new Random(seed);
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (i != j && (!symmetric || j > i)) { a[i * n + j] = rng.Next(1, 50); if (symmetric) a[j * n + i] = a[i * n + j]; }
        return new TspInstance($"rand{n}-{seed}", new DistanceMatrix(n, a));
    }

    [Theory]
    [InlineData(3, 1, false)]
    [InlineData(3, 2, true)]
    [InlineData(4, 3, false)]
    [InlineData(4, 4, true)]
    [InlineData(5, 5, true)]
    public void PenaltyRule_EveryInfeasibleAboveEveryFeasible(int n, int seed, bool fixFirst)
    {
        // Exhaustive check of the separation proved in TspQubo's remarks; N=4 full form is 2^16 states.
        foreach (bool symmetric in new[] { true, false })
        {
            var inst = RandomTsp(n, seed, symmetric);
            var enc = TspQubo.Create(inst, fixFirst);
            Assert.True(enc.PenaltyGuaranteed);
            var diag = enc.Qubo.Diagonal();
            double maxFeasible = double.NegativeInfinity, minInfeasible = double.PositiveInfinity;
            for (ulong x = 0; x < (ulong)diag.Length; x++)
            {
                var dec = enc.Decode(Bits.FromIndex(x, enc.NumVariables));
                if (dec.IsFeasible)
                {
                    Assert.Equal(dec.Length!.Value, diag[x], EnergyTolerance);
                    maxFeasible = Math.Max(maxFeasible, diag[x]);
                }
                else minInfeasible = Math.Min(minInfeasible, diag[x]);
            }
            Assert.True(minInfeasible > maxFeasible, $"min infeasible {minInfeasible} <= max feasible {maxFeasible}");
            // The QUBO minimum is the optimal tour (Held–Karp is the independent oracle).
            Assert.Equal(HeldKarp.Solve(inst.Distances).Length, diag.Min(), EnergyTolerance);
        }
    }

    [Fact]
    public void QubitCounts()
    {
        var inst = RandomTsp(5, 1);
        Assert.Equal(25, TspQubo.Create(inst, false).NumVariables);
        Assert.Equal(16, TspQubo.Create(inst, true).NumVariables);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EncodeDecode_RoundTripsEveryTour(bool fixFirst)
    {
        var inst = RandomTsp(5, 9);
        var enc = TspQubo.Create(inst, fixFirst);
        foreach (var perm in Permutations([1, 2, 3, 4]))
        {
            int[] tour = [0, .. perm];
            var dec = enc.Decode(enc.Encode(tour));
            Assert.True(dec.IsFeasible);
            Assert.Equal(tour, dec.Tour);
            Assert.Equal(inst.Distances.TourLength(tour), dec.Length);
            Assert.Equal(inst.Distances.TourLength(tour), enc.Qubo.Energy(enc.Encode(tour)), EnergyTolerance);
        }
    }

    [Fact]
    public void Decode_ReportsViolation()
    {
        var enc = TspQubo.Create(RandomTsp(4, 1), true);
        var dec = enc.Decode(new bool[9]);
        Assert.False(dec.IsFeasible);
        Assert.Equal("step 1 has 0 cities", dec.Violation);
    }

    internal static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1) { yield return items; yield break; }
        for (int i = 0; i < items.Length; i++)
            foreach (var rest in Permutations([.. items[..i], .. items[(i + 1)..]]))
                yield return [items[i], .. rest];
    }
}
