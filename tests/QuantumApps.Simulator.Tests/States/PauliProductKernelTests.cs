using System.Numerics;
using QuantumApps.Simulator.Exact;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.States;

/// <summary>
/// The vectorised full-space product φ = H·ψ (<see cref="ChunkedPauliProductKernel"/> via <see cref="PauliSumKernel.Apply"/>)
/// and the Krylov block kernels against independent paths: the dense matrix of the operator (DenseOracle) and plain
/// scalar loops written here.
/// </summary>
public class PauliProductKernelTests
{
    /// <summary>
    /// A random sum with complex (non-Hermitian) coefficients over a few X masks, so groups hold many Z masks: with
    /// 3 X masks and 600 terms on 9 qubits a group exceeds <see cref="ChunkedPauliProductKernel.MaxTerms"/> and is
    /// applied in several passes.
    /// </summary>
    private static PauliSum RandomComplexSum(int n, int terms, int xMasks, int seed)
    {
        var rng = new Random(seed);
        ulong mask = (1UL << n) - 1;
        var xs = Enumerable.Range(0, xMasks).Select(_ => (ulong)rng.NextInt64() & mask).ToArray();
        var b = new PauliSumBuilder(n);
        for (int k = 0; k < terms; k++)
            b.Add(new PauliString(xs[rng.Next(xMasks)], (ulong)rng.NextInt64() & mask), new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5));
        return b.ToPauliSum();
    }

    [Theory]
    [InlineData(1, 4, 2)]
    [InlineData(3, 12, 4)]
    [InlineData(4, 40, 16)]
    [InlineData(6, 200, 5)]
    [InlineData(8, 900, 3)]
    [InlineData(9, 600, 3)]
    public void Product_matches_the_dense_matrix_for_complex_coefficients_and_large_groups(int n, int terms, int xMasks)
    {
        var h = RandomComplexSum(n, terms, xMasks, 31 * n + terms);
        var psi = DenseOracle.RandomState(n, n);
        var expected = (DenseOracle.Of(h) * DenseOracle.Vec(psi)).ToArray();
        var phi = new Complex[psi.Length];
        PauliSumKernel.Apply(h.Grouped, psi, phi);
        Assert.True(DenseOracle.MaxDiff(phi, expected) < Tolerances.Accumulated);
        var scalar = new Complex[psi.Length];
        PauliSumKernel.ApplyScalar(h.Grouped, psi, scalar);
        Assert.True(DenseOracle.MaxDiff(scalar, expected) < Tolerances.Accumulated);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(9)]
    public void Real_product_matches_the_complex_product_for_real_operators(int n)
    {
        // A real operator: real coefficients and an even number of Y factors per term (folded coefficients real).
        var rng = new Random(n);
        ulong mask = (1UL << n) - 1;
        var b = new PauliSumBuilder(n);
        while (b.Count < 6 * n)
        {
            var p = new PauliString((ulong)rng.NextInt64() & mask, (ulong)rng.NextInt64() & mask);
            if (BitOperations.PopCount(p.X & p.Z) % 2 == 0) b.Add(p, rng.NextDouble() - 0.5);
        }
        var h = b.ToPauliSum();
        Assert.True(h.Grouped.RealFolded);
        var x = Enumerable.Range(0, 1 << n).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var expected = (DenseOracle.Of(h) * DenseOracle.Vec(x.Select(v => new Complex(v, 0)).ToArray())).ToArray();
        var y = new double[x.Length];
        PauliSumKernel.ApplyReal(h.Grouped, x, y);
        Assert.True(DenseOracle.MaxDiff(y.Select(v => new Complex(v, 0)).ToArray(), expected) < Tolerances.Accumulated);
        // The sector operator's real product (scalar scatter path in a sector) against its complex one.
        var sector = new SectorOperator(h, BasisSector.Full);
        var yr = new double[x.Length];
        sector.ApplyReal(x, yr);
        Assert.True(DenseOracle.MaxDiff(yr.Select(v => new Complex(v, 0)).ToArray(), expected) < Tolerances.Accumulated);
    }

    [Fact]
    public void Real_sector_product_matches_the_complex_one()
    {
        // Number-conserving real operator (hops (XX + YY)/2 with Z strings, Z and ZZ): fixed Hamming weight 3 of 8.
        int n = 8;
        var rng = new Random(8);
        var op = new SectorOperator(DenseOracle.RandomNumberConserving(n, 8), BasisSector.HammingWeight(3));
        Assert.True(op.IsReal);
        var x = Enumerable.Range(0, op.Dimension).Select(_ => rng.NextDouble() - 0.5).ToArray();
        var yc = new Complex[op.Dimension];
        op.Apply(x.Select(v => new Complex(v, 0)).ToArray(), yc);
        var yr = new double[op.Dimension];
        op.ApplyReal(x, yr);
        Assert.True(DenseOracle.MaxDiff(yr.Select(v => new Complex(v, 0)).ToArray(), yc) < Tolerances.Accumulated);
        Assert.All(yc, c => Assert.Equal(0.0, c.Imaginary));
    }

    [Fact]
    public void Two_thread_product_and_Krylov_kernels_agree_with_one_thread()
    {
        int n = 14;
        var h = DenseOracle.RandomHermitian(n, 60, 5);
        var psi = DenseOracle.RandomState(n, 6);
        var basis = Enumerable.Range(0, 5).Select(k => DenseOracle.RandomState(n, 100 + k)).ToArray();
        var coef = Enumerable.Range(0, 5).Select(k => new Complex(0.1 * k - 0.2, 0.05 * k)).ToArray();
        var (one, dotsOne, combOne) = Run(1);
        var (two, dotsTwo, combTwo) = Run(2);
        Assert.True(DenseOracle.MaxDiff(one, two) < Tolerances.Accumulated);
        Assert.True(DenseOracle.MaxDiff(dotsOne, dotsTwo) < Tolerances.Accumulated);
        Assert.True(DenseOracle.MaxDiff(combOne, combTwo) < Tolerances.Accumulated);

        (Complex[] Product, Complex[] Dots, Complex[] Combination) Run(int threads)
        {
            // 2^14 amplitudes are below the default threshold: lower it so the two-thread paths run.
            using var policy = Parallelism.Override(threads: threads, threshold: 1 << 10);
            var phi = new Complex[psi.Length];
            PauliSumKernel.Apply(h.Grouped, psi, phi);
            var dots = new Complex[basis.Length];
            KrylovKernel.Dots(basis, psi, dots);
            var w = (Complex[])psi.Clone();
            KrylovKernel.AddCombination(basis, coef, w);
            return (phi, dots, w);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1024)]
    [InlineData(2500)]
    public void Krylov_kernels_match_scalar_loops(int length)
    {
        // Lengths cover the scalar tail (odd), one block and several blocks with a partial last one.
        var rng = new Random(length);
        Complex[] Random() => Enumerable.Range(0, length).Select(_ => new Complex(rng.NextDouble() - 0.5, rng.NextDouble() - 0.5)).ToArray();
        var basis = new[] { Random(), Random(), Random() };
        var w = Random();
        var coef = new[] { new Complex(0.3, -0.2), new Complex(-1.1, 0.4), new Complex(0, 2) };
        var dots = new Complex[3];
        KrylovKernel.Dots(basis, w, dots);
        for (int j = 0; j < 3; j++)
        {
            Complex expected = Complex.Zero;
            for (int i = 0; i < length; i++) expected += Complex.Conjugate(basis[j][i]) * w[i];
            Assert.True((dots[j] - expected).Magnitude < Tolerances.Accumulated);
        }
        var updated = (Complex[])w.Clone();
        KrylovKernel.AddCombination(basis, coef, updated);
        for (int i = 0; i < length; i++)
        {
            Complex expected = w[i] + coef[0] * basis[0][i] + coef[1] * basis[1][i] + coef[2] * basis[2][i];
            Assert.True((updated[i] - expected).Magnitude < Tolerances.Unitary);
        }
        double norm = 0;
        foreach (var c in w) norm += c.Real * c.Real + c.Imaginary * c.Imaginary;
        Assert.Equal(norm, KrylovKernel.NormSquared(w), 10);
    }
}
