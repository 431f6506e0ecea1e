using System.Numerics;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.Kernels;

/// <summary>
/// The low-qubit CNOT kernel (<see cref="LowControlCnotKernel"/>) on both vector widths — the 256-bit path (forced by
/// <see cref="ComplexVector.Force256"/>) and the default (512-bit for CNOT 2→0 where the processor has AVX-512), plus
/// its 512-bit chunk loop run directly for every in-chunk case — and the real-coefficient kernel
/// (<see cref="RealPairOperation"/>: H, RY, real matrices) and RX, for n = 1…10 and every target/control placement on
/// seeded random states. Oracles are independent code paths: CNOT against a scalar swap loop over basis indices (a
/// permutation, so the comparison is exact), the real and RX kernels against the general complex 2×2 kernel
/// (<see cref="MatrixPairOperation"/>) with the same matrix, within <see cref="Tolerances.Unitary"/>.
/// </summary>
public class KernelWidthTests
{
    public static IEnumerable<object[]> Widths() => [[false], [true]];

    private static IDisposable? Width(bool force256) => force256 ? ComplexVector.Force256() : null;

    /// <summary>CNOT as a permutation of basis indices: ψ'[i] = ψ[i ⊕ 2^t] when bit c of i is set.</summary>
    private static Complex[] CnotOracle(Complex[] psi, int c, int t)
    {
        var r = (Complex[])psi.Clone();
        for (int i = 0; i < psi.Length; i++)
            if (((i >> c) & 1) == 1) r[i] = psi[i ^ (1 << t)];
        return r;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Cnot_matches_the_index_permutation_for_every_placement(bool force256)
    {
        using var width = Width(force256);
        for (int n = 2; n <= 10; n++)
            for (int c = 0; c < n; c++)
                for (int t = 0; t < n; t++)
                {
                    if (c == t) continue;
                    var psi = DenseOracle.RandomState(n, 31 * n + 7 * c + t);
                    var s = StateVector.FromAmplitudes(psi);
                    s.ApplyCnot(c, t);
                    Assert.True(CnotOracle(psi, c, t).AsSpan().SequenceEqual(s.Amplitudes), $"CNOT {c}->{t}, n = {n}, force256 = {force256}");
                }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Threaded_low_cnots_match_the_index_permutation(bool force256)
    {
        using var width = Width(force256);
        using var policy = Parallelism.Override(threads: 2, threshold: 0);
        const int n = 10;
        foreach (var (c, t) in new[] { (0, 1), (1, 0), (0, 2), (1, 2), (2, 0), (0, 5), (1, 9) })
        {
            var psi = DenseOracle.RandomState(n, 500 + 16 * c + t);
            var s = StateVector.FromAmplitudes(psi);
            s.ApplyCnot(c, t);
            Assert.True(CnotOracle(psi, c, t).AsSpan().SequenceEqual(s.Amplitudes), $"CNOT {c}->{t}, two threads, force256 = {force256}");
        }
    }

    /// <summary>The general complex 2×2 kernel applied to a copy: the oracle of the specialised kernels.</summary>
    private static Complex[] General(Complex[] psi, int q, Complex m00, Complex m01, Complex m10, Complex m11)
    {
        var r = (Complex[])psi.Clone();
        PairLoop.Run(r, q, 0, new MatrixPairOperation(m00, m01, m10, m11));
        return r;
    }

    private static void AssertClose(Complex[] expected, ReadOnlySpan<Complex> actual, string what)
    {
        double diff = DenseOracle.MaxDiff(expected, actual);
        Assert.True(diff < Tolerances.Unitary, $"{what}: max difference {diff}");
    }

    [Fact]
    public unsafe void The_512_bit_chunk_loop_matches_the_index_permutation_for_every_in_chunk_case()
    {
        if (!ComplexVector.Use512) return; // no AVX-512 here: the 256-bit loops are the only ones that run
        foreach (var (c, t) in new[] { (0, 1), (0, 2), (1, 0), (1, 2), (2, 0) })
            for (int n = 3; n <= 10; n++)
            {
                var psi = DenseOracle.RandomState(n, 700 + 16 * c + t + 64 * n);
                var s = (Complex[])psi.Clone();
                fixed (Complex* p = s) LowControlCnotKernel.Chunks512((double*)p, s.Length / 8, c, t);
                Assert.True(CnotOracle(psi, c, t).AsSpan().SequenceEqual(s), $"512-bit CNOT {c}->{t}, n = {n}");
            }
    }

    [Fact]
    public void Real_and_rx_kernels_match_the_general_complex_kernel_on_every_target()
    {
        double r = 1 / Math.Sqrt(2);
        const double theta = 0.8123;
        var (sn, cs) = Math.SinCos(theta / 2);
        var rng = new Random(77);
        for (int n = 1; n <= 10; n++)
            for (int q = 0; q < n; q++)
            {
                var psi = DenseOracle.RandomState(n, 100 * n + q);
                var s = StateVector.FromAmplitudes(psi);
                s.ApplyH(q);
                AssertClose(General(psi, q, r, r, r, -r), s.Amplitudes, $"H q{q} n{n}");

                s = StateVector.FromAmplitudes(psi);
                s.ApplyRy(q, theta);
                AssertClose(General(psi, q, cs, -sn, sn, cs), s.Amplitudes, $"RY q{q} n{n}");

                s = StateVector.FromAmplitudes(psi);
                s.ApplyRx(q, theta);
                AssertClose(General(psi, q, cs, -Complex.ImaginaryOne * sn, -Complex.ImaginaryOne * sn, cs), s.Amplitudes, $"RX q{q} n{n}");

                // A real matrix with four different entries (not unitary: every coefficient is checked in its slot).
                double a = rng.NextDouble() - 0.5, b = rng.NextDouble() - 0.5, c = rng.NextDouble() - 0.5, d = rng.NextDouble() - 0.5;
                s = StateVector.FromAmplitudes(psi);
                s.ApplyMatrix1(q, a, b, c, d);
                AssertClose(General(psi, q, a, b, c, d), s.Amplitudes, $"real [[{a}, {b}], [{c}, {d}]] q{q} n{n}");
            }
    }

    [Fact]
    public void Forcing_the_256_bit_path_is_scoped_and_nests()
    {
        bool outside = ComplexVector.Use512;
        using (ComplexVector.Force256())
        {
            Assert.False(ComplexVector.Use512);
            using (ComplexVector.Force256()) Assert.False(ComplexVector.Use512);
            Assert.False(ComplexVector.Use512);
        }
        Assert.Equal(outside, ComplexVector.Use512);
    }
}
