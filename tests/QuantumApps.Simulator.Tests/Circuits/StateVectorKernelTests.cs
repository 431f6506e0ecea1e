using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Circuits;

/// <summary>
/// The StateVector methods the circuits, gradients and measurement code call directly, against the dense oracle
/// on seeded random states, n = 1..5, every target (and every control set for the controlled kernels).
/// </summary>
public class StateVectorKernelTests
{
    /// <summary>One gate on a normalised state: double rounding only.</summary>
    private const double KernelTolerance = 1e-12;

    private static void Check(int n, Action<StateVector> apply, Complex[,] dense, Random rng, string what)
    {
        var psi = DenseOracle.RandomState(n, rng);
        var s = StateVector.FromAmplitudes(psi);
        apply(s);
        double d = DenseOracle.MaxDiff(s.Amplitudes, DenseOracle.Apply(dense, psi));
        Assert.True(d < KernelTolerance, $"{what}: deviation {d:G3}");
    }

    [Fact]
    public void NamedOneQubitGatesMatchDense()
    {
        var rng = new Random(2001);
        double r = 1 / Math.Sqrt(2);
        for (int n = 1; n <= 5; n++)
            for (int q = 0; q < n; q++)
            {
                double t = 6 * rng.NextDouble() - 3;
                Check(n, s => s.ApplyX(q), DenseOracle.Embed(n, [q], DenseOracle.PauliArray('X')), rng, "X");
                Check(n, s => s.ApplyY(q), DenseOracle.Embed(n, [q], DenseOracle.PauliArray('Y')), rng, "Y");
                Check(n, s => s.ApplyZ(q), DenseOracle.Embed(n, [q], DenseOracle.PauliArray('Z')), rng, "Z");
                Check(n, s => s.ApplyH(q), DenseOracle.Embed(n, [q], DenseOracle.M2(r, r, r, -r)), rng, "H");
                Check(n, s => s.ApplyRx(q, t), DenseOracle.Embed(n, [q], DenseOracle.Rx(t)), rng, "RX");
                Check(n, s => s.ApplyRy(q, t), DenseOracle.Embed(n, [q], DenseOracle.Ry(t)), rng, "RY");
                Check(n, s => s.ApplyRz(q, t), DenseOracle.Embed(n, [q], DenseOracle.Rz(t)), rng, "RZ");
                var u = DenseOracle.RandomUnitary(2, rng);
                Check(n, s => s.ApplyMatrix1(q, u[0, 0], u[0, 1], u[1, 0], u[1, 1]), DenseOracle.Embed(n, [q], u), rng, "matrix1");
            }
    }

    [Fact]
    public void ControlledKernelsMatchDenseForEveryControlSet()
    {
        var rng = new Random(2002);
        for (int n = 2; n <= 5; n++)
            for (int t = 0; t < n; t++)
                for (int mask = 1; mask < 1 << n; mask++)
                {
                    if ((mask >> t & 1) != 0) continue;
                    int[] controls = [.. Enumerable.Range(0, n).Where(q => (mask >> q & 1) != 0)];
                    var u = DenseOracle.RandomUnitary(2, rng);
                    // Controlled-U on (controls…, target): identity except the block where all controls are 1.
                    int k = controls.Length;
                    var local = DenseOracle.Identity(1 << (k + 1));
                    int top = (1 << (k + 1)) - 2;
                    for (int i = 0; i < 2; i++)
                        for (int j = 0; j < 2; j++) local[top + i, top + j] = u[i, j];
                    var dense = DenseOracle.Embed(n, [.. controls, t], local);
                    Check(n, s => s.ApplyControlledMatrix1(controls, t, u[0, 0], u[0, 1], u[1, 0], u[1, 1]), dense, rng, $"C^{k}-U target {t}");
                    var d0 = Complex.FromPolarCoordinates(1, rng.NextDouble());
                    var d1 = Complex.FromPolarCoordinates(1, rng.NextDouble());
                    var diag = DenseOracle.Identity(1 << (k + 1));
                    diag[top, top] = d0;
                    diag[top + 1, top + 1] = d1;
                    Check(n, s => s.ApplyDiagonal1(t, d0, d1, controls), DenseOracle.Embed(n, [.. controls, t], diag), rng, $"C^{k}-diag target {t}");
                }
    }

    [Fact]
    public void TwoQubitKernelsMatchDenseOnEveryOrderedPair()
    {
        var rng = new Random(2003);
        for (int n = 2; n <= 5; n++)
            for (int a = 0; a < n; a++)
                for (int b = 0; b < n; b++)
                {
                    if (a == b) continue;
                    Check(n, s => s.ApplyCnot(a, b), DenseOracle.Embed(n, [a, b], DenseOracle.Controlled(DenseOracle.PauliArray('X'))), rng, "CNOT");
                    Check(n, s => s.ApplyCz(a, b), DenseOracle.Embed(n, [a, b], DenseOracle.Controlled(DenseOracle.PauliArray('Z'))), rng, "CZ");
                    Check(n, s => s.ApplySwap(a, b), DenseOracle.Embed(n, [a, b], new Complex[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { 0, 0, 0, 1 } }), rng, "SWAP");
                    var u = DenseOracle.RandomUnitary(4, rng);
                    Check(n, s => s.ApplyMatrix2(a, b, DenseOracle.RowMajor(u)), DenseOracle.Embed(n, [a, b], u), rng, "matrix2");
                }
    }

    [Fact]
    public void OperatorApplicationVarianceAndInnerProductMatchDense()
    {
        var rng = new Random(2004);
        for (int n = 1; n <= 5; n++)
        {
            var b = new PauliSumBuilder(n);
            for (int t = 0; t < 6; t++) b.Add(DenseOracle.RandomPauli(n, rng), 2 * rng.NextDouble() - 1);
            var h = b.ToPauliSum();
            var hd = new Complex[1 << n, 1 << n];
            foreach (var t in h.Terms) hd = DenseOracle.Add(hd, DenseOracle.PauliMatrix(t.Pauli, n), t.Coefficient);
            var psi = DenseOracle.RandomState(n, rng);
            var s = StateVector.FromAmplitudes(psi);
            Assert.True(DenseOracle.MaxDiff(s.ApplyOperator(h).Amplitudes, DenseOracle.Apply(hd, psi)) < KernelTolerance);
            double e = DenseOracle.Expectation(hd, psi);
            double e2 = DenseOracle.Expectation(DenseOracle.Mul(hd, hd), psi);
            Assert.Equal(e, s.Expectation(h), KernelTolerance);
            Assert.Equal(e2 - e * e, s.Variance(h), 1e-11);
            var other = StateVector.FromAmplitudes(DenseOracle.RandomState(n, rng));
            Complex ip = 0;
            for (int i = 0; i < psi.Length; i++) ip += Complex.Conjugate(psi[i]) * other.Amplitudes[i];
            Assert.True((s.InnerProduct(other) - ip).Magnitude < KernelTolerance);
        }
    }

    [Fact]
    public void SamplingFrequenciesMatchProbabilities()
    {
        // Multinomial: each frequency is within 5 binomial standard deviations of |ψ_b|² (seeded, 200,000 shots).
        var rng = new Random(2005);
        var s = StateVector.FromAmplitudes(DenseOracle.RandomState(3, rng));
        var p = s.Probabilities();
        const int shots = 200_000;
        var counts = new int[8];
        foreach (ulong b in s.Sample(shots, new Random(7))) counts[b]++;
        for (int b = 0; b < 8; b++)
            Assert.True(Math.Abs(counts[b] / (double)shots - p[b]) < 5 * Math.Sqrt(p[b] * (1 - p[b]) / shots), $"outcome {b}");
    }
}
