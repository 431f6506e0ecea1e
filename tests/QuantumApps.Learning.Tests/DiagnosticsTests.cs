using QuantumApps.Learning.Data;
using QuantumApps.Learning.Diagnostics;
using QuantumApps.Learning.Kernels;

namespace QuantumApps.Learning.Tests;

public class DiagnosticsTests
{
    /// <summary>
    /// The data of bench/python/zz_kernel_numpy.py (fixed_data): x[i, q] = π·u, u = (s &gt;&gt; 11)/2^53 from the 64-bit LCG
    /// s ← s·6364136223846793005 + 1442695040888963407, row by row, seed 1.
    /// </summary>
    private static FeatureMatrix LcgData(int count, int n, ulong seed = 1)
    {
        ulong s = seed;
        var v = new double[count * n];
        for (int i = 0; i < v.Length; i++)
        {
            s = unchecked(s * 6364136223846793005UL + 1442695040888963407UL);
            v[i] = Math.PI * ((s >> 11) * Math.Pow(2, -53));
        }
        return new FeatureMatrix(v, n);
    }

    private static FeatureMatrix RandomAngles(int count, int n, int seed)
    {
        var rng = new Random(seed);
        var v = new double[count * n];
        for (int i = 0; i < v.Length; i++) v[i] = Math.PI * rng.NextDouble();
        return new FeatureMatrix(v, n);
    }

    /// <summary>
    /// Mean and variance of the off-diagonal ZZ Gram entries (bandwidth 1) on 20 LCG samples, n = 2…6, from the independent
    /// numpy state-vector implementation: `python3 bench/python/zz_kernel_numpy.py concentration` (numpy 1.24.2).
    /// </summary>
    public static TheoryData<int, double, double> NumpyConcentration() => new()
    {
        { 2, 0.2805428770136969, 0.042670735134527404 },
        { 3, 0.15458340128816037, 0.021890127078396406 },
        { 4, 0.078455875358674224, 0.0061220848785991308 },
        { 5, 0.035683230250643468, 0.0010887217589170385 },
        { 6, 0.017077028887926737, 0.0002402054045742854 },
    };

    [Theory]
    [MemberData(nameof(NumpyConcentration))]
    public void ZZOffDiagonalMomentsMatchTheNumpyOracle(int n, double mean, double variance)
    {
        var k = new FidelityKernel(FeatureMap.ZZ(n)).Gram(LcgData(20, n));
        var (m, v) = KernelConcentration.OffDiagonal(k);
        Assert.Equal(mean, m, LearningTolerances.KernelMoment);
        Assert.Equal(variance, v, LearningTolerances.KernelMoment);
    }

    /// <summary>
    /// Dense path, written from the ZZFeatureMap definition only: |ψ⟩ = (D·H^⊗n)² |0⟩ with the matrix
    /// H^⊗n[r, c] = 2^(−n/2)(−1)^popcount(r &amp; c) and D = diag(e^(iθ(b))), θ(b) = Σ 2x_i b_i + Σ_(i&lt;j) 2(π − x_i)(π − x_j)(b_i ⊕ b_j)
    /// summed term by term for every b (O(4^n) work, n ≤ 4).
    /// </summary>
    private static System.Numerics.Complex[] DenseZZState(ReadOnlySpan<double> x)
    {
        int n = x.Length, dim = 1 << n;
        var psi = new System.Numerics.Complex[dim];
        psi[0] = 1;
        var theta = new double[dim];
        for (int b = 0; b < dim; b++)
        {
            for (int i = 0; i < n; i++) theta[b] += 2 * x[i] * ((b >> i) & 1);
            for (int i = 0; i < n; i++)
                for (int j = i + 1; j < n; j++) theta[b] += 2 * (Math.PI - x[i]) * (Math.PI - x[j]) * (((b >> i) ^ (b >> j)) & 1);
        }
        for (int rep = 0; rep < 2; rep++)
        {
            var next = new System.Numerics.Complex[dim];
            for (int r = 0; r < dim; r++)
                for (int c = 0; c < dim; c++)
                    next[r] += (System.Numerics.BitOperations.PopCount((uint)(r & c)) % 2 == 0 ? 1 : -1) * Math.Pow(2, -0.5 * n) * psi[c];
            for (int b = 0; b < dim; b++) next[b] *= System.Numerics.Complex.FromPolarCoordinates(1, theta[b]);
            psi = next;
        }
        return psi;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ZZGramAndMomentsMatchADenseStatePath(int n)
    {
        var x = LcgData(20, n);
        var states = Enumerable.Range(0, 20).Select(i => DenseZZState(x.Row(i))).ToArray();
        var k = new FidelityKernel(FeatureMap.ZZ(n)).Gram(x);
        var offDiagonal = new List<double>();
        for (int i = 0; i < 20; i++)
            for (int j = 0; j < 20; j++)
            {
                var o = System.Numerics.Complex.Zero;
                for (int b = 0; b < 1 << n; b++) o += System.Numerics.Complex.Conjugate(states[i][b]) * states[j][b];
                double dense = o.Real * o.Real + o.Imaginary * o.Imaginary;
                Assert.Equal(dense, k[i, j], LearningTolerances.KernelEntry);
                if (j > i) offDiagonal.Add(dense);
            }
        double mean = offDiagonal.Average();
        double variance = offDiagonal.Select(v => (v - mean) * (v - mean)).Average();
        var (m, v) = KernelConcentration.OffDiagonal(k);
        Assert.Equal(mean, m, LearningTolerances.KernelMoment);
        Assert.Equal(variance, v, LearningTolerances.KernelMoment);
    }

    [Fact]
    public void ConcentrationVarianceDecreasesWithQubitsOnFixedData()
    {
        // Thanasilp et al. 2022: the variance of fidelity-kernel entries shrinks with n (numbers above, numpy oracle).
        double previous = double.PositiveInfinity;
        for (int n = 2; n <= 6; n++)
        {
            var (_, v) = KernelConcentration.OffDiagonal(new FidelityKernel(FeatureMap.ZZ(n)).Gram(LcgData(20, n)));
            Assert.True(v < previous, $"variance at n = {n} is {v}, not below {previous}");
            Assert.True(KernelConcentration.ShotsToResolve(v) >= 1 / v);
            previous = v;
        }
    }

    public static TheoryData<string> Kernels() => new() { "rbf", "zz", "iqp", "zz-separable" };

    private static IKernel Kernel(string name, int n) => name switch
    {
        "rbf" => ClassicalKernel.RadialBasis(0.5),
        "zz" => new FidelityKernel(FeatureMap.ZZ(n, 0.3)),
        "iqp" => new FidelityKernel(FeatureMap.Iqp(n, 0.5)),
        _ => new FidelityKernel(FeatureMap.ZZ(n, 0.5, separable: true)),
    };

    [Theory]
    [MemberData(nameof(Kernels))]
    public void GeometricDifferenceOfAKernelWithItselfIsOne(string name)
    {
        // Law (Huang et al. 2021, eq. 5 with the pseudo-inverse): sqrt(K) K⁺ sqrt(K) is a projector, so g(K‖K) = 1.
        var k = Kernel(name, 3).Gram(RandomAngles(20, 3, 5));
        Assert.Equal(1, GeometricDifference.Compute(k, k, 0), LearningTolerances.GeometricDifferenceLaw);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void RegularisedGeometricDifferenceOfAKernelWithItselfIsItsShrinkFactor(string name)
    {
        // Law: with λ > 0 the eigenvalue e of K contributes e·e/(e + λ)², largest at the largest e: g = e_max/(e_max + λ).
        var k = Kernel(name, 3).Gram(RandomAngles(20, 3, 6));
        var m = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(20, 20, (i, j) => k[i, j]);
        double eMax = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues.Max(z => z.Real);
        const double lambda = 0.01;
        Assert.Equal(eMax / (eMax + lambda), GeometricDifference.Compute(k, k, lambda), LearningTolerances.GeometricDifferenceLaw);
    }

    [Fact]
    public void KernelStatsTableCoversEveryQubitCountAndMap()
    {
        var data = SyntheticData.HiddenManifold(80, 5, new Random(3));
        var r = KernelConcentration.Run(data, new KernelStatsSettings(MaxQubits: 7, Samples: 40, Folds: 3), 42);
        Assert.Equal(5, r.MaxQubits);
        Assert.Equal(7, r.RequestedMaxQubits);
        Assert.Equal(4 * 4, r.Rows.Count);
        Assert.Equal(4, r.Classical.Count);
        foreach (var row in r.Rows)
        {
            Assert.InRange(row.Mean, 0, 1);
            Assert.True(row.Variance >= 0);
            Assert.True(row.GeometricDifference > 0 && double.IsFinite(row.GeometricDifference));
            Assert.Equal(row.Scaled ? 1 / Math.Sqrt(row.Qubits) : 1, row.Bandwidth);
        }
    }
}
