using QuantumApps.Problems.Heuristics;
using QuantumApps.Problems;
using QuantumApps.Simulator;
using QuantumApps.TestSupport;

namespace QuantumApps.Problems.Tests.Problems;

public class VrpQuboTests
{
    /// <summary>Integer distances and penalties; sums reordered by the kernel, so 1e-10 absolute.</summary>
    private const double EnergyTolerance = Tolerances.Accumulated;

    private static VrpInstance Tiny()
    {
        // Depot at (0,0), customers at (3,0), (0,4), (3,4); Euclidean distances 3, 4, 5 (exact integers).
        (double X, double Y)[] p = [(0, 0), (3, 0), (0, 4), (3, 4)];
        var d = DistanceMatrix.FromFunction(4, (i, j) => Math.Sqrt(Math.Pow(p[i].X - p[j].X, 2) + Math.Pow(p[i].Y - p[j].Y, 2)));
        return new VrpInstance("tiny", d, 0, [0, 1, 1, 2], 3, 2);
    }

    [Fact]
    public void PenaltyRule_SeparatesFeasibleFromInfeasible_AndMinimumIsExactOptimum()
    {
        var inst = Tiny();
        var enc = VrpQubo.Create(inst, vehicles: 2, slots: 2);
        Assert.Equal(20, enc.NumVariables); // 2·2·(3+1) one-hot + 2·2 slack bits
        var diag = enc.Qubo.Diagonal();
        double maxFeasible = double.NegativeInfinity, minInfeasible = double.PositiveInfinity;
        var bits = new bool[enc.NumVariables];
        for (ulong x = 0; x < (ulong)diag.Length; x++)
        {
            for (int i = 0; i < bits.Length; i++) bits[i] = ((x >> i) & 1) != 0;
            var dec = enc.Decode(bits);
            if (dec.IsFeasible)
            {
                Assert.Equal(dec.Cost!.Value, diag[x], EnergyTolerance);
                Assert.Null(inst.CheckSolution(dec.Routes!));
                maxFeasible = Math.Max(maxFeasible, diag[x]);
            }
            else minInfeasible = Math.Min(minInfeasible, diag[x]);
        }
        Assert.True(minInfeasible > maxFeasible, $"min infeasible {minInfeasible} <= max feasible {maxFeasible}");
        // Independent oracle: set-partitioning DP (VrpExact). Routes hold ≤ 2 customers here (capacity 3, demands 1,1,2).
        Assert.Equal(VrpExact.Solve(inst).Cost, diag.Min(), EnergyTolerance);
    }

    [Fact]
    public void TooManyVariables_IsRefused()
    {
        var ex = Assert.Throws<QuantumAppsException>(() => VrpQubo.Create(Tiny(), 4, 6));
        Assert.Contains("exceed the limit", ex.Message);
    }
}
