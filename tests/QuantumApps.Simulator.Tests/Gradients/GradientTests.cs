using QuantumApps.Simulator.Circuits;
using QuantumApps.Simulator.Gradients;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.Simulator.Tests.Circuits;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Gradients;

public class GradientTests
{
    /// <summary>Central differences with step 1e-5 have truncation error ~h²·|E'''|/6 ≈ 1e-10·‖H‖ and rounding ~1e-16/h ≈ 1e-11; 1e-6 leaves a wide margin.</summary>
    private const double FiniteDifferenceTolerance = 1e-6;

    private const double FiniteDifferenceStep = 1e-5;

    /// <summary>Adjoint and parameter shift are both exact; they differ only by rounding over a few dozen gates.</summary>
    private const double ExactGradientTolerance = 1e-10;

    private const int NumParameters = 4;

    /// <summary>Gate kinds with angles, each tested on its own.</summary>
    private static readonly string[] Kinds =
        ["RX", "RY", "RZ", "PhaseShift", "Rot", "U3", "CRX", "CRY", "CRZ", "PauliRotation", "DiagonalPhaseSum", "DiagonalPhaseValues"];

    public static TheoryData<string> ParameterizedKinds() => new(Kinds);

    private static Angle RandomAngle(Random rng) =>
        Angle.Parameter(rng.Next(NumParameters), rng.NextDouble() < 0.5 ? 2 * rng.NextDouble() - 1 : 1.7, rng.NextDouble() - 0.5);

    /// <summary>Three copies of the parameterised gate kind, interleaved with fixed entangling and basis-changing gates.</summary>
    private static Circuit RandomCircuit(string kind, int n, Random rng)
    {
        var b = new CircuitBuilder(n, NumParameters);
        for (int layer = 0; layer < 3; layer++)
        {
            for (int q = 0; q < n; q++)
            {
                if (rng.Next(2) == 0) b.H(q); else b.SX(q);
                b.Ry(q, 0.3 + q);
            }
            for (int q = 0; q + 1 < n; q++) b.Cnot(q, q + 1);
            int a = rng.Next(n), c = n > 1 ? (a + 1 + rng.Next(n - 1)) % n : a;
            switch (kind)
            {
                case "RX": b.Rx(a, RandomAngle(rng)); break;
                case "RY": b.Ry(a, RandomAngle(rng)); break;
                case "RZ": b.Rz(a, RandomAngle(rng)); break;
                case "PhaseShift": b.PhaseShift(a, RandomAngle(rng)); break;
                case "Rot": b.Rot(a, RandomAngle(rng), RandomAngle(rng), RandomAngle(rng)); break;
                case "U3": b.U3(a, RandomAngle(rng), RandomAngle(rng), RandomAngle(rng)); break;
                case "CRX": b.Crx(a, c, RandomAngle(rng)); break;
                case "CRY": b.Cry(a, c, RandomAngle(rng)); break;
                case "CRZ": b.Crz(a, c, RandomAngle(rng)); break;
                case "PauliRotation": b.PauliRotation(DenseOracle.RandomPauli(n, rng), RandomAngle(rng)); break;
                case "DiagonalPhaseSum": b.DiagonalPhase(GateCatalogue.RandomZSum(n, rng), RandomAngle(rng)); break;
                case "DiagonalPhaseValues":
                    var d = new double[1 << n];
                    for (int i = 0; i < d.Length; i++) d[i] = 2 * rng.NextDouble() - 1;
                    b.DiagonalPhase(DiagonalOperator.FromValues(d), RandomAngle(rng));
                    break;
            }
        }
        return b.Build();
    }

    private static PauliSum RandomObservable(int n, Random rng)
    {
        var b = new PauliSumBuilder(n);
        b.Add(PauliString.Identity, 0.3);
        for (int t = 0; t < 5; t++) b.Add(DenseOracle.RandomPauli(n, rng), 2 * rng.NextDouble() - 1);
        return b.ToPauliSum();
    }

    private static double Energy(Circuit c, StateVector initial, PauliSum h, double[] p)
    {
        var s = initial.Clone();
        c.Run(s, p);
        return s.Expectation(h);
    }

    private static double[] CentralDifferences(Circuit c, StateVector initial, PauliSum h, double[] p)
    {
        var g = new double[p.Length];
        for (int j = 0; j < p.Length; j++)
        {
            var plus = (double[])p.Clone();
            var minus = (double[])p.Clone();
            plus[j] += FiniteDifferenceStep;
            minus[j] -= FiniteDifferenceStep;
            g[j] = (Energy(c, initial, h, plus) - Energy(c, initial, h, minus)) / (2 * FiniteDifferenceStep);
        }
        return g;
    }

    [Theory]
    [MemberData(nameof(ParameterizedKinds))]
    public void AdjointMatchesFiniteDifferencesAndParameterShift(string kind)
    {
        // Three independent routes: central differences of the forward simulation, adjoint sweep, shift rules.
        bool twoQubit = kind.StartsWith('C');
        var rng = new Random(kind.Aggregate(17, (h, ch) => h * 31 + ch));
        for (int n = twoQubit ? 2 : 1; n <= 5; n++)
        {
            var circuit = RandomCircuit(kind, n, rng);
            var h = RandomObservable(n, rng);
            var initial = StateVector.FromAmplitudes(DenseOracle.RandomState(n, rng));
            double[] p = [.. Enumerable.Range(0, NumParameters).Select(_ => 4 * rng.NextDouble() - 2)];
            var adjoint = AdjointDifferentiation.Gradient(circuit, initial, h, p);
            var shift = ParameterShift.Gradient(circuit, initial, h, p);
            var fd = CentralDifferences(circuit, initial, h, p);
            Assert.Equal(Energy(circuit, initial, h, p), adjoint.Value, ExactGradientTolerance);
            Assert.Equal(adjoint.Value, shift.Value, ExactGradientTolerance);
            for (int j = 0; j < p.Length; j++)
            {
                Assert.True(Math.Abs(adjoint.Gradient[j] - fd[j]) < FiniteDifferenceTolerance, $"{kind} n={n} p{j}: adjoint {adjoint.Gradient[j]} vs FD {fd[j]}");
                Assert.True(Math.Abs(adjoint.Gradient[j] - shift.Gradient[j]) < ExactGradientTolerance, $"{kind} n={n} p{j}: adjoint {adjoint.Gradient[j]} vs shift {shift.Gradient[j]}");
            }
            // The test must be able to fail: some parameter actually moves the energy.
            Assert.Contains(fd, g => Math.Abs(g) > 1e-3);
        }
    }

    [Fact]
    public void MixedCircuitWithSharedParametersAgreesEverywhere()
    {
        // Every kind in one circuit, parameters shared across gates (the chain rule sums their contributions).
        var rng = new Random(909);
        const int n = 4;
        var b = new CircuitBuilder(n, NumParameters);
        foreach (var kind in Kinds)
            b.Append(RandomCircuit(kind, n, rng));
        var circuit = b.Build();
        var h = RandomObservable(n, rng);
        var initial = StateVector.Zero(n);
        double[] p = [0.3, -1.2, 2.2, 0.05];
        var adjoint = AdjointDifferentiation.Gradient(circuit, h, p);
        var shift = ParameterShift.Gradient(circuit, h, p);
        var fd = CentralDifferences(circuit, initial, h, p);
        for (int j = 0; j < p.Length; j++)
        {
            Assert.True(Math.Abs(adjoint.Gradient[j] - fd[j]) < FiniteDifferenceTolerance);
            Assert.True(Math.Abs(adjoint.Gradient[j] - shift.Gradient[j]) < ExactGradientTolerance);
        }
        // Adjoint cost does not grow with the parameter count; parameter shift needs ≥ 2 runs per parameterised primitive.
        Assert.Equal(3, adjoint.CircuitRuns);
        Assert.True(shift.CircuitRuns > 2 * circuit.Operations.Count(o => o.IsParameterized));
    }

    [Fact]
    public void SingleQubitRotationGradientHasTheTextbookValue()
    {
        // E(θ) = ⟨0|RX(θ)† Z RX(θ)|0⟩ = cos θ, so dE/dθ = −sin θ (and with angle 2p: d/dp = −2 sin 2p).
        var c = new CircuitBuilder(1).Rx(0, Angle.Parameter(0, 2)).Build();
        var z = PauliSum.FromTerm(1, PauliString.Single('Z', 0), 1);
        var g = AdjointDifferentiation.Gradient(c, z, [0.4]);
        Assert.Equal(Math.Cos(0.8), g.Value, 1e-14);
        Assert.Equal(-2 * Math.Sin(0.8), g.Gradient[0], 1e-14);
    }

    [Fact]
    public void NonHermitianObservableIsRefused()
    {
        var c = new CircuitBuilder(1).Rx(0, Angle.Parameter(0)).Build();
        var h = PauliSum.FromTerm(1, PauliString.Single('X', 0), new System.Numerics.Complex(0, 1));
        Assert.Throws<QuantumAppsException>(() => AdjointDifferentiation.Gradient(c, h, [0.1]));
    }
}
