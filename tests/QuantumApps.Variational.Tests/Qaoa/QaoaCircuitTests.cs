using System.Numerics;
using QuantumApps.Variational.Qaoa;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

namespace QuantumApps.Variational.Tests.Qaoa;

/// <summary>QAOA state simulation against the Simulator's per-gate StateVector path, and the adjoint gradient against finite differences.</summary>
public sealed class QaoaCircuitTests
{
    /// <summary>Unitary sweeps in double precision agree to ~1e-15 per gate; 1e-12 leaves room for ~100 gates.</summary>
    private const double StateTolerance = 1e-12;

    /// <summary>Central differences with h = 1e-5 have truncation error O(h²·|f'''|) ≈ 1e-10·(|E|~10) plus rounding
    /// ~1e-16·|E|/h ≈ 1e-10; 1e-6 is a safe bound that still catches any sign or factor-of-2 error.</summary>
    private const double FiniteDifferenceTolerance = 1e-6;

    private const double FiniteDifferenceStep = 1e-5;

    /// <summary>Independent path: StateVector.Uniform, ApplyDiagonalPhase (Simulator kernel), ApplyRx(q, 2β) = exp(−iβX_q).</summary>
    private static Complex[] ReferenceState(double[] cost, int n, double[] gammas, double[] betas)
    {
        var psi = StateVector.Uniform(n);
        for (int k = 0; k < gammas.Length; k++)
        {
            psi.ApplyDiagonalPhase(cost, gammas[k]);
            for (int q = 0; q < n; q++)
            {
                psi.ApplyRx(q, 2 * betas[k]);
            }
        }

        return psi.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(15)]
    public void BlockedKernelsMatchPerGateStateVector(int n)
    {
        // n = 13 and 15 exercise the gather/scatter pass over qubits ≥ LowQubits = 12.
        var rng = new Random(n);
        var cost = Enumerable.Range(0, 1 << n).Select(_ => rng.NextDouble() * 4 - 1).ToArray();
        double[] gammas = [0.3, -0.7], betas = [0.45, 1.1];

        var expected = ReferenceState(cost, n, gammas, betas);
        var actual = new QaoaCircuit(cost).State(gammas, betas);

        for (int b = 0; b < expected.Length; b++)
        {
            Assert.True(Complex.Abs(expected[b] - actual[b]) < StateTolerance, $"amplitude {b}: {actual[b]} vs {expected[b]}");
        }
    }

    [Fact]
    public void IntegerPhaseTableMatchesGeneralPath()
    {
        // An integer diagonal uses the phase table; adding 1e-300 would not change it, so instead compare with the
        // same diagonal shifted by 0.5 (non-integer path), which only changes a global phase e^{-iγ·0.5}.
        var cost = MaxCutDiagonal.Build(10, MaxCutDiagonal.Petersen);
        var shifted = cost.Select(c => c + 0.5).ToArray();
        double[] gammas = [0.4, 0.9], betas = [0.3, 0.2];

        var a = new QaoaCircuit(cost).State(gammas, betas);
        var b = new QaoaCircuit(shifted).State(gammas, betas);
        var globalPhase = Complex.FromPolarCoordinates(1, -0.5 * (gammas[0] + gammas[1]));

        for (int i = 0; i < a.Length; i++)
        {
            Assert.True(Complex.Abs(a[i] * globalPhase - b[i]) < StateTolerance);
        }
    }

    [Fact]
    public void ExpectationMatchesPauliSumExpectation()
    {
        // C = Σ_edges (1 − Z_iZ_j)/2 as a PauliSum evaluated by the Simulator's Expectation: a second path for ⟨C⟩.
        var edges = MaxCutDiagonal.Cube;
        var builder = new PauliSumBuilder(8);
        foreach (var (a, b) in edges)
        {
            builder.Add(PauliString.Identity, 0.5);
            builder.Add(PauliString.Single('Z', a) * PauliString.Single('Z', b), -0.5);
        }

        var c = builder.ToPauliSum();
        double[] gammas = [0.61, 0.2], betas = [0.39, 0.1];
        var state = StateVector.FromAmplitudes(new QaoaCircuit(MaxCutDiagonal.Build(8, edges)).State(gammas, betas));

        Assert.Equal(state.Expectation(c), new QaoaCircuit(MaxCutDiagonal.Build(8, edges)).Expectation(gammas, betas), StateTolerance);
    }

    public static TheoryData<int, bool, int> GradientCases() => new()
    {
        { 6, false, 1 },
        { 7, true, 3 },
        { 13, true, 2 },
        { 14, false, 2 },
    };

    [Theory]
    [MemberData(nameof(GradientCases))]
    public void AdjointGradientMatchesCentralDifferences(int n, bool integerCost, int p)
    {
        var rng = new Random(100 + n);
        var edges = MaxCutDiagonal.RandomRegular3(n % 2 == 0 ? n : n + 1, rng).Where(e => e.B < n).ToArray();
        var weights = edges.Select(_ => integerCost ? 1.0 : 0.5 + rng.NextDouble()).ToArray();
        var circuit = new QaoaCircuit(MaxCutDiagonal.Build(n, edges, weights));
        var gammas = Enumerable.Range(0, p).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        var betas = Enumerable.Range(0, p).Select(_ => rng.NextDouble() * 2 - 1).ToArray();

        AssertGradient(circuit, gammas, betas);
    }

    [Fact]
    public void AdjointGradientMatchesCentralDifferencesForXyMixer()
    {
        var rng = new Random(5);
        int n = 6;
        var blocks = new IReadOnlyList<int>[] { [0, 1, 2], [3, 4, 5] };
        var cost = Enumerable.Range(0, 1 << n).Select(_ => rng.NextDouble() * 3).ToArray();
        var circuit = new QaoaCircuit(cost, QaoaMixer.XyRings(blocks), QaoaInitialState.OneHotBlocks(blocks));

        AssertGradient(circuit, [0.8, -0.3], [0.5, 1.2]);
    }

    [Fact]
    public void XyMixerStaysInsideTheOneHotSubspace()
    {
        // Each ring mixer conserves the number of 1s per block (it only swaps |01⟩ ↔ |10⟩ on a pair), and the
        // diagonal phase conserves everything, so no amplitude may leak to strings that are not one-hot per block.
        const double LeakTolerance = 1e-12;
        var rng = new Random(11);
        int n = 9;
        var blocks = new IReadOnlyList<int>[] { [0, 1, 2], [3, 4, 5], [6, 7, 8] };
        var cost = Enumerable.Range(0, 1 << n).Select(_ => rng.NextDouble() * 10).ToArray();
        var circuit = new QaoaCircuit(cost, QaoaMixer.XyRings(blocks), QaoaInitialState.OneHotBlocks(blocks));

        var prob = circuit.Probabilities([0.7, 1.9, -0.4], [0.3, 1.1, 2.0]);

        double infeasible = 0, total = 0;
        for (int b = 0; b < prob.Length; b++)
        {
            total += prob[b];
            bool oneHot = blocks.All(block => block.Count(q => ((b >> q) & 1) == 1) == 1);
            if (!oneHot)
            {
                infeasible += prob[b];
            }
        }

        Assert.True(infeasible < LeakTolerance, $"infeasible probability {infeasible:E3}");
        Assert.Equal(1.0, total, StateTolerance);
        // The state must actually move within the subspace (guards against a mixer that does nothing).
        Assert.True(prob.Max() > 1.0 / 27 + 0.01);
    }

    [Fact]
    public void TransverseFieldMixerDoesLeaveTheOneHotSubspace()
    {
        // Control for the test above: the X mixer from the same start leaks, so the feasibility check can fail.
        var blocks = new IReadOnlyList<int>[] { [0, 1, 2], [3, 4, 5] };
        var cost = Enumerable.Range(0, 64).Select(b => (double)(b % 7)).ToArray();
        var prob = new QaoaCircuit(cost, QaoaMixer.TransverseField, QaoaInitialState.OneHotBlocks(blocks)).Probabilities([0.7], [0.3]);

        double infeasible = Enumerable.Range(0, 64).Where(b => blocks.Any(bl => bl.Count(q => ((b >> q) & 1) == 1) != 1)).Sum(b => prob[b]);
        Assert.True(infeasible > 0.1);
    }

    private static void AssertGradient(QaoaCircuit circuit, double[] gammas, double[] betas)
    {
        int p = gammas.Length;
        var dg = new double[p];
        var db = new double[p];
        double e = circuit.ExpectationAndGradient(gammas, betas, dg, db);
        Assert.Equal(circuit.Expectation(gammas, betas), e, StateTolerance);

        for (int k = 0; k < 2 * p; k++)
        {
            var angles = k < p ? gammas : betas;
            int i = k % p;
            double saved = angles[i];
            angles[i] = saved + FiniteDifferenceStep;
            double plus = circuit.Expectation(gammas, betas);
            angles[i] = saved - FiniteDifferenceStep;
            double minus = circuit.Expectation(gammas, betas);
            angles[i] = saved;
            double numeric = (plus - minus) / (2 * FiniteDifferenceStep);
            double analytic = k < p ? dg[i] : db[i];
            Assert.True(Math.Abs(numeric - analytic) < FiniteDifferenceTolerance,
                $"{(k < p ? "γ" : "β")}_{i}: adjoint {analytic:R} vs central difference {numeric:R}");
        }

        Assert.True(dg.Concat(db).Any(g => Math.Abs(g) > 1e-3), "gradient should not vanish at random angles");
    }

    [Theory]
    [InlineData(0.3, 0.7)]
    [InlineData(-1.1, 0.25)]
    public void OneQubitRegisterMatchesTheTwoByTwoFormula(double gamma, double beta)
    {
        // n = 1 takes the mixer's lone-qubit-0 path. By hand: U_C(γ)|+⟩ = (1, e^{−iγc₁})/√2 for c = (0, c₁), then
        // e^{−iβX} = cos β·I − i sin β·X. Amplitudes agree to rounding of a few operations (Tolerances.Unitary).
        const double C1 = 2.0;
        var state = new QaoaCircuit(new[] { 0.0, C1 }).State([gamma], [beta]);
        Complex a0 = 1 / Math.Sqrt(2), a1 = Complex.Exp(new Complex(0, -gamma * C1)) / Math.Sqrt(2);
        Complex c = Math.Cos(beta), ms = new Complex(0, -Math.Sin(beta));
        Assert.True(Complex.Abs(state[0] - (c * a0 + ms * a1)) < QuantumApps.TestSupport.Tolerances.Unitary);
        Assert.True(Complex.Abs(state[1] - (ms * a0 + c * a1)) < QuantumApps.TestSupport.Tolerances.Unitary);
    }
}
