using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.States;

/// <summary>
/// The single operations of <see cref="QaoaState"/> on seeded random states, n = 1..8 and every qubit or pair, against
/// the gate-level <see cref="StateVector"/>: exp(−iγC) = ApplyDiagonalPhase(C, γ); exp(−iβ Σ_j X_j) = Π_j RX_j(2β);
/// exp(−iβ(X_aX_b + Y_aY_b)/2) = exp(−iβX_aX_b/2)·exp(−iβY_aY_b/2) (the two terms commute) = two Pauli rotations with
/// θ = β. Agreement to <see cref="Tolerances.Unitary"/>.
/// </summary>
public sealed class QaoaStateGateTests
{
    public static TheoryData<int> Sizes() => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void PhaseMixerAndHoppingMatchTheGateOracle(int n)
    {
        var rng = new Random(40 + n);
        foreach (bool integer in new[] { true, false })
        {
            var cost = Enumerable.Range(0, 1 << n).Select(_ => integer ? rng.Next(-3, 5) : rng.NextDouble() * 4 - 2).ToArray();
            double gamma = rng.NextDouble() * 2 - 1, beta = rng.NextDouble() * 2 - 1;
            var start = DenseOracle.RandomState(n, 7 * n + (integer ? 1 : 0));

            var state = Prepared(cost, start);
            state.ApplyCostPhase(gamma);
            var oracle = StateVector.FromAmplitudes(start);
            oracle.ApplyDiagonalPhase(cost, gamma);
            AssertClose(oracle, state);

            state = Prepared(cost, start);
            state.ApplyTransverseFieldMixer(beta);
            oracle = StateVector.FromAmplitudes(start);
            for (int q = 0; q < n; q++)
            {
                oracle.ApplyRx(q, 2 * beta);
            }

            AssertClose(oracle, state);
            Assert.Equal(oracle.ToArray().Select((z, i) => cost[i] * (z.Real * z.Real + z.Imaginary * z.Imaginary)).Sum(), state.Expectation(), Tolerances.Accumulated);

            for (int a = 0; a < n; a++)
            {
                for (int b = 0; b < n; b++)
                {
                    if (a == b)
                    {
                        continue;
                    }

                    state = Prepared(cost, start);
                    state.ApplyXyHopping(a, b, beta);
                    oracle = StateVector.FromAmplitudes(start);
                    oracle.ApplyPauliRotation(PauliString.Single('X', a) * PauliString.Single('X', b), beta);
                    oracle.ApplyPauliRotation(PauliString.Single('Y', a) * PauliString.Single('Y', b), beta);
                    AssertClose(oracle, state);
                }
            }
        }
    }

    [Fact]
    public void InvalidInputIsRefusedAtTheApi()
    {
        Assert.Throws<QuantumAppsException>(() => new QaoaState(new double[3]));
        Assert.Throws<QuantumAppsException>(() => new QaoaState(new[] { 0.0, double.NaN }));
        var state = new QaoaState(new double[4]);
        Assert.Throws<QuantumAppsException>(() => state.ApplyXyHopping(0, 0, 0.1));
        Assert.Throws<QuantumAppsException>(() => state.ApplyXyHopping(0, 2, 0.1));
        Assert.Throws<InvalidOperationException>(() => state.CostInner());
    }

    private static QaoaState Prepared(double[] cost, Complex[] start)
    {
        var state = new QaoaState(cost);
        start.CopyTo(state.Amplitudes);
        return state;
    }

    private static void AssertClose(StateVector expected, QaoaState actual)
    {
        var e = expected.ToArray();
        var a = actual.ToArray();
        for (int i = 0; i < e.Length; i++)
        {
            Assert.True(Complex.Abs(e[i] - a[i]) < Tolerances.Unitary, $"amplitude {i}: {a[i]} vs {e[i]}");
        }
    }
}
