using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.States;

/// <summary>
/// The Walsh form of <see cref="QaoaCost"/> (no 2^n array) against the dense diagonal of the same operator from
/// <see cref="PauliSum.Diagonal"/> (an independent path: one Walsh–Hadamard transform), and QAOA energies and adjoint
/// gradients on the Walsh form against the dense form (which <see cref="QaoaStateOracleTests"/> checks against
/// gate-by-gate evolution and the parameter-shift rule). Size 13 has two blocks, so the per-block tables
/// (low, high, linear and mixed terms) are all exercised.
/// </summary>
public sealed class QaoaCostTests
{
    /// <summary>Random Z polynomials: a constant, single Z, pairs (within and across blocks) and some triples.</summary>
    private static PauliSum RandomZPolynomial(int n, int seed, bool integer)
    {
        var rng = new Random(seed);
        var b = new PauliSumBuilder(n);
        double Weight() => integer ? rng.Next(1, 6) / 2.0 : rng.NextDouble() * 2 - 1;
        b.Add(PauliString.Identity, Weight());
        for (int t = 0; t < 3 * n; t++)
        {
            ulong mask = 1UL << rng.Next(n);
            int extra = rng.Next(3);
            for (int k = 0; k < extra; k++)
            {
                mask |= 1UL << rng.Next(n);
            }

            b.Add(new PauliString(0, mask), Weight());
        }

        return b.ToPauliSum();
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(5, true)]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(13, false)]
    public void WalshFormEqualsTheDenseDiagonalBlockByBlock(int n, bool integer)
    {
        var op = RandomZPolynomial(n, 100 + n, integer);
        double[] dense = op.Diagonal();
        var walsh = QaoaCost.FromPauliSum(op);
        Assert.False(walsh.IsDense);
        var scratch = new double[1 << walsh.BlockQubits];
        for (long block = 0; block < walsh.BlockCount; block++)
        {
            var values = walsh.Block(block, scratch);
            for (int x = 0; x < values.Length; x++)
            {
                long index = (block << walsh.BlockQubits) + x;
                Assert.Equal(dense[index], values[x], Tolerances.Unitary);
            }
        }

        for (long index = 0; index < dense.Length; index += 37)
        {
            Assert.Equal(dense[index], walsh[index], Tolerances.Unitary);
        }

        var fromDense = QaoaCost.FromDiagonal(dense);
        Assert.Equal(fromDense.Max, walsh.Max, Tolerances.Unitary);
        Assert.Equal(fromDense.Min, walsh.Min, Tolerances.Unitary);
        Assert.Equal(fromDense.IntegerLevels, walsh.IntegerLevels);
    }

    [Theory]
    [InlineData(13, 2, true)]
    [InlineData(13, 1, false)]
    [InlineData(9, 3, true)]
    public void EnergyAndGradientOnTheWalshFormEqualTheDensePath(int n, int depth, bool integer)
    {
        var op = RandomZPolynomial(n, 7 * n + depth, integer);
        var rng = new Random(n);
        var gammas = Enumerable.Range(0, depth).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var betas = Enumerable.Range(0, depth).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var (eDense, gDense) = Run(new QaoaState(op.Diagonal()), gammas, betas);
        var (eWalsh, gWalsh) = Run(new QaoaState(QaoaCost.FromPauliSum(op)), gammas, betas);
        Assert.Equal(eDense, eWalsh, Tolerances.Accumulated);
        for (int i = 0; i < gDense.Length; i++)
        {
            Assert.Equal(gDense[i], gWalsh[i], Tolerances.Accumulated);
        }
    }

    [Fact]
    public void ProbabilitiesTakeOverTheCostateStorage()
    {
        var op = RandomZPolynomial(13, 5, true);
        var state = new QaoaState(QaoaCost.FromPauliSum(op));
        Run(state, [0.3], [0.2]);
        long peak = state.AllocatedBytes;
        Assert.True(state.HasCostate);
        double[] expected = state.Probabilities();
        var taken = state.TakeProbabilities();
        Assert.False(state.HasCostate);
        Assert.Equal(expected.Length, taken.Count);
        for (int b = 0; b < expected.Length; b++)
        {
            Assert.Equal(expected[b], taken[b]);
        }

        // φ and λ are all the state holds at its peak (besides the Walsh tables): 32 bytes per amplitude.
        Assert.Equal(2L * QaoaState.VectorBytesPerAmplitude << 13, peak - state.Cost.AllocatedBytes);
    }

    [Fact]
    public void RejectsOperatorsThatAreNotDiagonal()
    {
        var op = PauliSum.FromTerm(2, new PauliString(1, 0), Complex.One);
        Assert.Throws<QuantumAppsException>(() => QaoaCost.FromPauliSum(op));
    }

    private static (double Energy, double[] Gradient) Run(QaoaState state, double[] gammas, double[] betas)
    {
        state.PrepareUniform();
        for (int k = 0; k < gammas.Length; k++)
        {
            state.ApplyTransverseFieldLayer(gammas[k], betas[k]);
        }

        double energy = state.SeedCostate();
        var gradient = new double[2 * gammas.Length];
        for (int k = gammas.Length - 1; k >= 0; k--)
        {
            var (mixer, cost) = state.UndoTransverseFieldLayer(gammas[k], betas[k], undoPhase: k > 0);
            gradient[k] = 2 * cost;
            gradient[gammas.Length + k] = 2 * mixer;
        }

        return (energy, gradient);
    }
}
