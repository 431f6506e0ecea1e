using QuantumApps.Chemistry.Numerics;
using QuantumApps.TestSupport;

namespace QuantumApps.Chemistry.Tests.Numerics;

/// <summary><see cref="MatrixProduct"/> (FMA 4×8 blocks, column and row tails, threaded) against the textbook triple loop.</summary>
public class MatrixProductTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 3, 8)]
    [InlineData(7, 5, 13)]
    [InlineData(66, 66, 66)]
    [InlineData(300, 21, 37)]
    public void EqualsTheTripleLoop(int rows, int k, int m)
    {
        var random = new Random(rows * 1000 + k * 10 + m);
        var a = Enumerable.Range(0, rows * k).Select(_ => random.NextDouble() - 0.5).ToArray();
        var b = Enumerable.Range(0, k * m).Select(_ => random.NextDouble() - 0.5).ToArray();
        var c = Enumerable.Repeat(double.NaN, rows * m).ToArray();
        MatrixProduct.Multiply(a, b, c, rows, k, m);
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < m; j++)
        {
            var s = 0.0;
            for (var l = 0; l < k; l++) s += a[i * k + l] * b[l * m + j];
            Assert.Equal(s, c[i * m + j], Tolerances.Unitary);
        }
    }
}
