using System.Numerics;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;

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
        var psi = Dense.RandomState(n, rng);
        var s = StateVector.FromAmplitudes(psi);
        apply(s);
        double d = Dense.MaxDiff(s.Amplitudes, Dense.Apply(dense, psi));
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
                Check(n, s => s.ApplyX(q), Dense.Embed(n, [q], Dense.Pauli('X')), rng, "X");
                Check(n, s => s.ApplyY(q), Dense.Embed(n, [q], Dense.Pauli('Y')), rng, "Y");
                Check(n, s => s.ApplyZ(q), Dense.Embed(n, [q], Dense.Pauli('Z')), rng, "Z");
                Check(n, s => s.ApplyH(q), Dense.Embed(n, [q], Dense.M2(r, r, r, -r)), rng, "H");
                Check(n, s => s.ApplyRx(q, t), Dense.Embed(n, [q], Dense.Rx(t)), rng, "RX");
                Check(n, s => s.ApplyRy(q, t), Dense.Embed(n, [q], Dense.Ry(t)), rng, "RY");
                Check(n, s => s.ApplyRz(q, t), Dense.Embed(n, [q], Dense.Rz(t)), rng, "RZ");
                var u = Dense.RandomUnitary(2, rng);
                Check(n, s => s.ApplyMatrix1(q, u[0, 0], u[0, 1], u[1, 0], u[1, 1]), Dense.Embed(n, [q], u), rng, "matrix1");
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
                    var u = Dense.RandomUnitary(2, rng);
                    // Controlled-U on (controls…, target): identity except the block where all controls are 1.
                    int k = controls.Length;
                    var local = Dense.Identity(1 << (k + 1));
                    int top = (1 << (k + 1)) - 2;
                    for (int i = 0; i < 2; i++)
                        for (int j = 0; j < 2; j++) local[top + i, top + j] = u[i, j];
                    var dense = Dense.Embed(n, [.. controls, t], local);
                    Check(n, s => s.ApplyControlledMatrix1(controls, t, u[0, 0], u[0, 1], u[1, 0], u[1, 1]), dense, rng, $"C^{k}-U target {t}");
                    var d0 = Complex.FromPolarCoordinates(1, rng.NextDouble());
                    var d1 = Complex.FromPolarCoordinates(1, rng.NextDouble());
                    var diag = Dense.Identity(1 << (k + 1));
                    diag[top, top] = d0;
                    diag[top + 1, top + 1] = d1;
                    Check(n, s => s.ApplyDiagonal1(t, d0, d1, controls), Dense.Embed(n, [.. controls, t], diag), rng, $"C^{k}-diag target {t}");
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
                    Check(n, s => s.ApplyCnot(a, b), Dense.Embed(n, [a, b], Dense.Controlled(Dense.Pauli('X'))), rng, "CNOT");
                    Check(n, s => s.ApplyCz(a, b), Dense.Embed(n, [a, b], Dense.Controlled(Dense.Pauli('Z'))), rng, "CZ");
                    Check(n, s => s.ApplySwap(a, b), Dense.Embed(n, [a, b], new Complex[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { 0, 0, 0, 1 } }), rng, "SWAP");
                    var u = Dense.RandomUnitary(4, rng);
                    Check(n, s => s.ApplyMatrix2(a, b, Dense.RowMajor(u)), Dense.Embed(n, [a, b], u), rng, "matrix2");
                }
    }

    [Fact]
    public void OperatorApplicationVarianceAndInnerProductMatchDense()
    {
        var rng = new Random(2004);
        for (int n = 1; n <= 5; n++)
        {
            var b = new PauliSumBuilder(n);
            for (int t = 0; t < 6; t++) b.Add(Dense.RandomPauli(n, rng), 2 * rng.NextDouble() - 1);
            var h = b.ToPauliSum();
            var hd = new Complex[1 << n, 1 << n];
            foreach (var t in h.Terms) hd = Dense.Add(hd, Dense.PauliMatrix(t.Pauli, n), t.Coefficient);
            var psi = Dense.RandomState(n, rng);
            var s = StateVector.FromAmplitudes(psi);
            Assert.True(Dense.MaxDiff(s.ApplyOperator(h).Amplitudes, Dense.Apply(hd, psi)) < KernelTolerance);
            double e = Dense.Expectation(hd, psi);
            double e2 = Dense.Expectation(Dense.Mul(hd, hd), psi);
            Assert.Equal(e, s.Expectation(h), KernelTolerance);
            Assert.Equal(e2 - e * e, s.Variance(h), 1e-11);
            var other = StateVector.FromAmplitudes(Dense.RandomState(n, rng));
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
        var s = StateVector.FromAmplitudes(Dense.RandomState(3, rng));
        var p = s.Probabilities();
        const int shots = 200_000;
        var counts = new int[8];
        foreach (ulong b in s.Sample(shots, new Random(7))) counts[b]++;
        for (int b = 0; b < 8; b++)
            Assert.True(Math.Abs(counts[b] / (double)shots - p[b]) < 5 * Math.Sqrt(p[b] * (1 - p[b]) / shots), $"outcome {b}");
    }
}
