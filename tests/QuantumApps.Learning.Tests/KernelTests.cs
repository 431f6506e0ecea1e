using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.TestSupport;

namespace QuantumApps.Learning.Tests;

public class KernelTests
{
    private static FeatureMatrix RandomAngles(int count, int n, int seed)
    {
        var rng = new Random(seed);
        var v = new double[count * n];
        for (int i = 0; i < v.Length; i++) v[i] = Math.PI * rng.NextDouble();
        return new FeatureMatrix(v, n);
    }

    public static TheoryData<FeatureMapKind, bool> Maps() => new() { { FeatureMapKind.ZZ, false }, { FeatureMapKind.ZZ, true }, { FeatureMapKind.Iqp, false }, { FeatureMapKind.Iqp, true } };

    [Theory]
    [MemberData(nameof(Maps))]
    public void FastStatesEqualTheGateByGateCircuit(FeatureMapKind kind, bool separable)
    {
        // Independent path: the same map as H, P/RZ and CNOT gates on the Simulator's circuit engine.
        for (int n = 1; n <= 6; n++)
        {
            var x = RandomAngles(3, n, n);
            var map = FeatureMap.Create(kind, n, kind == FeatureMapKind.ZZ ? 2 : 1, 0.7, separable);
            for (int s = 0; s < 3; s++)
            {
                var fast = map.State(x.Row(s)).ToArray();
                var slow = map.ToCircuit(x.Row(s)).Run([]).ToArray();
                for (int b = 0; b < fast.Length; b++) Assert.True((fast[b] - slow[b]).Magnitude < Tolerances.Unitary, $"n={n} b={b}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void FidelityGramIsSymmetricPsdWithUnitDiagonal(FeatureMapKind kind, bool separable)
    {
        var x = RandomAngles(30, 4, 11);
        var k = new FidelityKernel(FeatureMap.Create(kind, 4, 2, 1, separable)).Gram(x);
        AssertKernelMatrix(k);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(5, 2)]
    [InlineData(7, 1)]
    public void BlockedGramProductEqualsDirectOverlapsOfTheStates(int n, int threads)
    {
        // Independent path: |<φ(x_i)|φ(x_j)>|² from the public state preparation (checked gate by gate above) and the
        // simulator's inner product. 37 and 19 × 23 samples cover odd tails of the 2×2 tiles and of the 16-row blocks;
        // threshold 0 forces the threaded path.
        using var policy = QuantumApps.Simulator.Kernels.Parallelism.Override(threads: threads, threshold: 0);
        var x = RandomAngles(37, n, 20 + n);
        var map = FeatureMap.ZZ(n, 0.6);
        var states = Enumerable.Range(0, 37).Select(i => map.State(x.Row(i))).ToArray();
        double Direct(int i, int j)
        {
            var o = states[i].InnerProduct(states[j]);
            return o.Real * o.Real + o.Imaginary * o.Imaginary;
        }
        var kernel = new FidelityKernel(map);
        var k = kernel.Gram(x);
        for (int i = 0; i < 37; i++)
            for (int j = 0; j < 37; j++) Assert.Equal(Direct(i, j), k[i, j], LearningTolerances.KernelEntry);
        var rows = x.Rows([.. Enumerable.Range(0, 19)]);
        var cols = x.Rows([.. Enumerable.Range(14, 23)]);
        var c = kernel.Cross(rows, cols);
        for (int i = 0; i < 19; i++)
            for (int j = 0; j < 23; j++) Assert.Equal(Direct(i, 14 + j), c[i, j], LearningTolerances.KernelEntry);
    }

    [Fact]
    public void GramEntryEqualsComputeUncomputeZeroProbability()
    {
        // Independent path: |<0|U(x')†U(x)|0>|² from the gate-level circuit.
        var x = RandomAngles(5, 3, 4);
        var map = FeatureMap.ZZ(3, 0.8);
        var k = new FidelityKernel(map).Gram(x);
        for (int i = 0; i < 5; i++)
            for (int j = 0; j < 5; j++)
            {
                var amp = map.ComputeUncompute(x.Row(i), x.Row(j)).Run([]).ToArray()[0];
                Assert.Equal(amp.Magnitude * amp.Magnitude, k[i, j], LearningTolerances.KernelEntry);
            }
    }

    [Fact]
    public void RowBlockedKernelEqualsInMemoryKernel()
    {
        var a = RandomAngles(23, 5, 3);
        var b = RandomAngles(9, 5, 4);
        var map = FeatureMap.Iqp(5);
        var full = new FidelityKernel(map);
        // A budget of 4 states forces blocks of 2 rows.
        var small = new FidelityKernel(map, memoryBudgetBytes: 4 * 32 * 16);
        Assert.Equal(full.Gram(a).Values, small.Gram(a).Values, (p, q) => Math.Abs(p - q) < LearningTolerances.KernelEntry);
        Assert.Equal(full.Cross(a, b).Values, small.Cross(a, b).Values, (p, q) => Math.Abs(p - q) < LearningTolerances.KernelEntry);
        Assert.True(small.Gram(a).Simulations > a.Count);
    }

    [Fact]
    public void SampledKernelIsSeededAndClose()
    {
        var x = RandomAngles(12, 3, 9);
        var map = FeatureMap.ZZ(3);
        var exact = new FidelityKernel(map).Gram(x);
        var s1 = new FidelityKernel(map, 1000, new Random(3)).Gram(x);
        var s2 = new FidelityKernel(map, 1000, new Random(3)).Gram(x);
        Assert.Equal(s1.Values, s2.Values);
        // Binomial(1000, p)/1000 has standard deviation ≤ 0.0159; 6σ = 0.095 bounds every one of the 66 entries.
        for (int i = 0; i < exact.Values.Length; i++) Assert.InRange(s1.Values[i] - exact.Values[i], -0.095, 0.095);
        Assert.Equal(66, s1.DeviceCircuits);
    }

    [Fact]
    public void ProjectedKernelUsesTheReducedDensityMatrices()
    {
        var x = RandomAngles(10, 3, 5);
        var map = FeatureMap.ZZ(3);
        var kernel = new ProjectedKernel(map, 0.9);
        var r = kernel.BlochVectors(x);
        // Independent path: Bloch components as Pauli expectations on the Simulator.
        for (int i = 0; i < 3; i++)
        {
            var state = map.State(x.Row(i));
            for (int q = 0; q < 3; q++)
                for (int p = 0; p < 3; p++)
                {
                    double e = state.Expectation(PauliSum.FromTerm(3, PauliString.Single("XYZ"[p], q), 1));
                    Assert.Equal(e, r[i * 9 + 3 * q + p], Tolerances.Accumulated);
                }
        }
        AssertKernelMatrix(kernel.Gram(x));
    }

    [Fact]
    public void SampledProjectedKernelEstimatesBlochVectorsFromShots()
    {
        var x = RandomAngles(12, 3, 9);
        var map = FeatureMap.ZZ(3);
        var exact = new ProjectedKernel(map, 0.9).BlochVectors(x);
        var s1 = new ProjectedKernel(map, 0.9, 1000, new Random(4));
        var s2 = new ProjectedKernel(map, 0.9, 1000, new Random(4));
        var b1 = s1.BlochVectors(x);
        Assert.Equal(b1, s2.BlochVectors(x));
        // 2·Binomial(1000, p)/1000 − 1 has standard deviation ≤ 2·0.0159 = 0.032; 6σ = 0.19 bounds every one of the 108 components.
        bool anyDifferent = false;
        for (int k = 0; k < exact.Length; k++)
        {
            Assert.InRange(b1[k] - exact[k], -0.19, 0.19);
            anyDifferent |= b1[k] != exact[k];
        }
        Assert.True(anyDifferent);
        var k1 = s1.Gram(x);
        Assert.Equal(1000, k1.ShotsPerCircuit);
        AssertKernelMatrix(k1);
    }

    [Fact]
    public void ClassicalKernelsArePsd()
    {
        var x = RandomAngles(20, 3, 8);
        AssertKernelMatrix(ClassicalKernel.RadialBasis(0.5).Gram(x));
        var lin = ClassicalKernel.Linear.Gram(x);
        Assert.True(Matrix<double>.Build.Dense(20, 20, (i, j) => lin[i, j]).Evd().EigenValues.Select(e => e.Real).Min() > -LearningTolerances.PsdEigenvalue);
    }

    internal static void AssertKernelMatrix(KernelMatrix k)
    {
        int n = k.Rows;
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(1, k[i, i], LearningTolerances.KernelEntry);
            for (int j = 0; j < n; j++) Assert.Equal(k[i, j], k[j, i], LearningTolerances.KernelEntry);
        }
        var m = Matrix<double>.Build.Dense(n, n, (i, j) => k[i, j]);
        Assert.True(m.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).Min() > -LearningTolerances.PsdEigenvalue);
    }
}
