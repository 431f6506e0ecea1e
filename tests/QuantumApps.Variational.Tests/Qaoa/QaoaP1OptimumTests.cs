using System.Globalization;
using QuantumApps.Optimizers;
using QuantumApps.Simulator.Noise;
using QuantumApps.Simulator.Operators;
using QuantumApps.Variational.Qaoa;
using Xunit.Abstractions;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>
/// Each optimizer, driven by <see cref="QaoaDriver"/>, reaches the p = 1 QAOA optimum of a specific 3-regular graph
/// (the seeded random 3-regular 8-vertex graph of <see cref="QaoaDriverTests"/>, which may contain triangles, so the
/// Farhi et al. closed form does not apply). The reference optimum comes from an independent path: the gate-level
/// circuit of <see cref="QaoaGateCircuit"/> (H, CNOT·RZ·CNOT, RX) run on the general state vector, maximised by a grid
/// over the fundamental domain γ ∈ [0, π], β ∈ [0, π/2] followed by three zoomed grids — no optimizer, no QAOA kernel.
/// The domain suffices because C has integer eigenvalues (γ has period 2π), X^⊗n commutes with C and |+⟩ (β has
/// period π/2), and F(−γ, −β) = F(γ, β) for a real cost and a real start state (complex conjugation).
/// </summary>
public sealed class QaoaP1OptimumTests(ITestOutputHelper output)
{
    private const int N = 8;

    /// <summary>
    /// The zoomed grid ends with spacing ~1e-6 rad; near a smooth maximum the value error is ~(curvature·h²) ≪ 1e-9,
    /// and ⟨C⟩ is a sum of 256 probabilities times integers ≤ 12, rounding ~1e-13.
    /// </summary>
    private const double GridOptimumTolerance = 1e-9;

    /// <summary>
    /// Deterministic optimizers with a stopping rule (L-BFGS at gradient 1e-7, Nelder–Mead at value spread 1e-12,
    /// COBYLA at ρ_end 1e-8) and Adam run to its budget: at a quadratic maximum the value gap is ~|g|²/curvature;
    /// measured ≤ 3e-11 for all four, so 1e-8 (the driver tests' value tolerance).
    /// </summary>
    private const double ConvergedGapTolerance = 1e-8;

    /// <summary>SPSA (no convergence test, stochastic gradient): 500 iterations with calibrated gains measured a gap of 1.9e-5; 1e-4 allows five times that.</summary>
    private const double SpsaGapTolerance = 1e-4;

    private static readonly Lazy<(double[] Cost, PauliSum CostOperator, double Optimum, double Gamma, double Beta)> Reference = new(BuildReference);

    public static TheoryData<string> Optimizers() => new() { "lbfgs", "nelder-mead", "cobyla", "adam", "spsa" };

    [Theory]
    [MemberData(nameof(Optimizers))]
    public void DriverReachesTheGridOptimum(string name)
    {
        var reference = Reference.Value;
        var (settings, tolerance) = Budget(name);
        var options = new QaoaOptions(reference.Cost, 1, QaoaSense.Maximize)
        {
            Optimizer = OptimizerFactory.Create(name),
            OptimizerSettings = settings,
            RandomRestarts = 2,
        };

        var result = QaoaDriver.Run(options, new Random(3));

        output.WriteLine($"{name}: ⟨C⟩ = {result.Expectation:R}, grid optimum {reference.Optimum:R} at γ = {reference.Gamma:F6}, β = {reference.Beta:F6}; "
            + $"gap {reference.Optimum - result.Expectation:E3}, {result.Evaluations} evaluations");
        Assert.True(result.Expectation <= reference.Optimum + GridOptimumTolerance, "no angles beat the p = 1 optimum");
        Assert.True(reference.Optimum - result.Expectation < tolerance,
            $"{name}: ⟨C⟩ = {result.Expectation:R} is {reference.Optimum - result.Expectation:E3} below the p = 1 optimum {reference.Optimum:R} (tolerance {tolerance:E1})");
        // The driver's reported expectation is the gate-level expectation at its own angles (a second path).
        Assert.Equal(GateExpectation(reference.CostOperator, reference.Cost, result.Gammas[0], result.Betas[0]), result.Expectation, GridOptimumTolerance);
    }

    /// <summary>Budgets and the gap to the optimum each optimizer must close; the gap follows the method's stopping rule.</summary>
    private static (OptimizerSettings Settings, double Tolerance) Budget(string name) => name switch
    {
        "lbfgs" => (new OptimizerSettings { MaxIterations = 500, GradientTolerance = 1e-7 }, ConvergedGapTolerance),
        "nelder-mead" => (new OptimizerSettings { MaxIterations = 2000, ValueTolerance = 1e-12 }, ConvergedGapTolerance),
        "cobyla" => (new OptimizerSettings { MaxIterations = 2000, FinalStep = 1e-8 }, ConvergedGapTolerance),
        "adam" => (new OptimizerSettings { MaxIterations = 2000, LearningRate = 0.01 }, ConvergedGapTolerance),
        _ => (new OptimizerSettings { MaxIterations = 500 }, SpsaGapTolerance),
    };

    private static (double[] Cost, PauliSum CostOperator, double Optimum, double Gamma, double Beta) BuildReference()
    {
        var edges = MaxCutDiagonal.RandomRegular3(N, new Random(21));
        var cost = MaxCutDiagonal.Build(N, edges);
        // C = Σ (1 − Z_a Z_b)/2 as a Pauli sum for the gate list.
        string text = string.Join('\n', edges.Select(e => $"-0.5 Z{e.A} Z{e.B}").Prepend((edges.Length / 2.0).ToString(CultureInfo.InvariantCulture)));
        var op = PauliSum.Parse(text);

        double best = double.NegativeInfinity, bestGamma = 0, bestBeta = 0;
        void Scan(double g0, double g1, double b0, double b1, int points)
        {
            for (int i = 0; i <= points; i++)
            {
                for (int j = 0; j <= points; j++)
                {
                    double g = g0 + (g1 - g0) * i / points, b = b0 + (b1 - b0) * j / points;
                    double v = GateExpectation(op, cost, g, b);
                    if (v > best)
                    {
                        (best, bestGamma, bestBeta) = (v, g, b);
                    }
                }
            }
        }

        Scan(0, Math.PI, 0, Math.PI / 2, 64);
        double hg = Math.PI / 64, hb = Math.PI / 128;
        for (int level = 0; level < 4; level++)
        {
            double cg = bestGamma, cb = bestBeta;
            Scan(cg - hg, cg + hg, cb - hb, cb + hb, 20);
            hg /= 10;
            hb /= 10;
        }

        return (cost, op, best, bestGamma, bestBeta);
    }

    private static double GateExpectation(PauliSum op, double[] cost, double gamma, double beta)
    {
        var state = TrajectorySimulator.Run(QaoaGateCircuit.Build(op, N, [gamma], [beta]), [], NoiseModel.None, new Random(0)).ToArray();
        double sum = 0;
        for (int b = 0; b < state.Length; b++)
        {
            double p = state[b].Real * state[b].Real + state[b].Imaginary * state[b].Imaginary;
            sum += p * cost[b];
        }

        return sum;
    }
}
