using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Operators;

/// <summary>
/// The dense oracle checks itself three ways: the letter-by-letter column construction of
/// <see cref="DenseOracle.Of(PauliSum)"/>, the explicit Kronecker products of <see cref="DenseOracle.OfByKronecker"/>
/// and the i^|x∧z|(−1)^|z∧b| mask formula of <see cref="DenseOracle.BitwiseMatrix"/> must give the same matrix, for
/// every letter on every qubit (random strings with phases and complex coefficients, n = 1..6).
/// </summary>
public sealed class DenseOracleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void ThreeConstructionsOfAPauliSumAgree(int n)
    {
        var rng = new Random(70 + n);
        var b = new PauliSumBuilder(n);
        for (int k = 0; k < 8 * n; k++)
        {
            var p = DenseOracle.RandomPauli(n, rng);
            // Products of strings carry a phase i^k: multiply by a random single-qubit letter to get them.
            var q = PauliString.Single("XYZ"[rng.Next(3)], rng.Next(n));
            b.Add(p * q, new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5));
        }

        var sum = b.ToPauliSum();
        var byLetters = DenseOracle.Of(sum);
        var byKronecker = DenseOracle.OfByKronecker(sum);
        var byMasks = DenseOracle.BitwiseMatrix(sum);

        Assert.True((byLetters - byKronecker).FrobeniusNorm() < Tolerances.Accumulated);
        for (int i = 0; i < 1 << n; i++)
        {
            for (int j = 0; j < 1 << n; j++)
            {
                Assert.True(Complex.Abs(byLetters[i, j] - byMasks[i, j]) < Tolerances.Accumulated, $"entry ({i}, {j})");
            }
        }
    }
}
