using QuantumApps.Problems;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>
/// Issue 14 (remaining item 2): the closed-form p = 1 expectation (<see cref="QaoaP1ClosedForm"/>) that the default
/// <c>--angles grid</c> uses instead of 512 simulator evaluations, checked against the simulator's
/// <see cref="QaoaCircuit.Expectation"/> (an independent code path: phase + mixer kernels on the 2^n state) on MaxCut
/// (no fields), on a QUBO with fields (the 4-city TSP one-hot QUBO) and on random Ising costs.
/// </summary>
public sealed class QaoaP1ClosedFormTests
{
    /// <summary>Both sides are exact; only summation order differs: 1e-9 relative to the cost magnitude.</summary>
    private const double Agreement = 1e-9;

    private static readonly (double Gamma, double Beta)[] Angles = [(0.1, 0.3), (0.37, 1.1), (2.0, 0.2), (-0.9, -0.7), (0.013, 2.9)];

    private static void AssertAgrees(double[] cost)
    {
        var form = QaoaP1ClosedForm.TryCreate(cost);
        Assert.NotNull(form);
        var circuit = new QaoaCircuit(cost);
        double magnitude = cost.Max(Math.Abs);
        foreach (var (g, b) in Angles)
        {
            Assert.Equal(circuit.Expectation([g], [b]), form!.Expectation(g, b), Agreement * magnitude);
        }
    }

    [Fact]
    public void WeightedMaxCutMatchesTheSimulator()
    {
        var (edges, weights) = QaoaWeightedAnglesTests.WeightedErdosRenyi(9, 21);
        AssertAgrees(MaxCutDiagonal.Build(9, edges, weights));
        AssertAgrees(MaxCutDiagonal.Build(10, MaxCutDiagonal.Petersen));
    }

    [Fact]
    public void QuboWithFieldsMatchesTheSimulator()
    {
        // The TSP one-hot QUBO has linear terms h_u ≠ 0 and couplings of both signs.
        double[] tiny = [0, 3, 4, 2, 3, 0, 4, 6, 4, 4, 0, 5, 2, 6, 5, 0];
        var d = DistanceMatrix.FromFunction(4, (i, j) => tiny[i * 4 + j]);
        AssertAgrees(TspQubo.Create(new TspInstance("tiny4", d), fixFirstCity: true).Qubo.Diagonal());

        // A dense random Ising cost on 8 qubits with fields: c(z) = c0 + Σ h z + Σ J z z.
        var rng = new Random(5);
        int n = 8;
        var h = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var j = new double[n, n];
        for (int u = 0; u < n; u++)
            for (int v = u + 1; v < n; v++)
                j[u, v] = rng.NextDouble() < 0.6 ? rng.NextDouble() * 6 - 3 : 0;
        var cost = new double[1 << n];
        for (int bits = 0; bits < cost.Length; bits++)
        {
            double c = 1.5;
            for (int u = 0; u < n; u++)
            {
                double zu = ((bits >> u) & 1) == 0 ? 1 : -1;
                c += h[u] * zu;
                for (int v = u + 1; v < n; v++) c += j[u, v] * zu * (((bits >> v) & 1) == 0 ? 1 : -1);
            }

            cost[bits] = c;
        }

        AssertAgrees(cost);
    }

    [Fact]
    public void CubicCostHasNoClosedForm()
    {
        // c = z0 z1 z2 on 3 qubits: order 3, so the grid must fall back to the simulator.
        var cost = new double[8];
        for (int b = 0; b < 8; b++) cost[b] = System.Numerics.BitOperations.PopCount((uint)b) % 2 == 0 ? 1 : -1;
        Assert.Null(QaoaP1ClosedForm.TryCreate(cost));
        Assert.NotNull(QaoaP1ClosedForm.TryCreate(new double[8]));
    }

    [Fact]
    public void GridWithTheClosedFormFindsTheSameP1OptimumAsTheRamp()
    {
        // The closed form only chooses the grid's starts; the optimiser still runs on the simulator. On the Petersen
        // graph p = 1 has one optimum up to symmetry: grid (closed form, no grid evaluations counted) and a ramp start
        // must agree on ⟨C⟩, and the grid must count only its optimiser evaluations (< 512).
        var cost = MaxCutDiagonal.Build(10, MaxCutDiagonal.Petersen);
        var grid = QaoaDriver.Run(new QaoaOptions(cost, 1, QaoaSense.Maximize) { AngleStrategy = QaoaAngleStrategy.Grid }, new Random(1));
        var ramp = QaoaDriver.Run(new QaoaOptions(cost, 1, QaoaSense.Maximize) { AngleStrategy = QaoaAngleStrategy.LinearRamp }, new Random(1));
        Assert.Equal(ramp.Expectation, grid.Expectation, 1e-7);
        Assert.True(grid.Evaluations < QaoaDriver.GridGammaPoints * QaoaDriver.GridBetaPoints, $"{grid.Evaluations} evaluations");
    }
}
