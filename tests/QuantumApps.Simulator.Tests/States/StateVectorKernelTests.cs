using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Kernels;
using QuantumApps.Simulator.Operators;
using QuantumApps.Simulator.States;
using QuantumApps.TestSupport;

namespace QuantumApps.Simulator.Tests.States;

/// <summary>
/// Every kernel against the dense-matrix oracle on seeded random states, n = 1..8, every target qubit
/// (house rule 3). Tolerance <see cref="Tolerances.Unitary"/>.
/// </summary>
public class StateVectorKernelTests
{
    private static readonly Complex I = Complex.ImaginaryOne;

    private static Matrix<Complex> M(Complex a, Complex b, Complex c, Complex d) =>
        Matrix<Complex>.Build.DenseOfArray(new[,] { { a, b }, { c, d } });

    public static IEnumerable<object[]> Sizes() => Enumerable.Range(1, 8).Select(n => new object[] { n });

    /// <summary>Two-qubit gates need two qubits: n = 2..8 (no vacuous n = 1 case).</summary>
    public static IEnumerable<object[]> PairSizes() => Enumerable.Range(2, 7).Select(n => new object[] { n });

    private static void AssertMatches(StateVector s, Matrix<Complex> u, Complex[] before, string what)
    {
        var expected = u * DenseOracle.Vec(before);
        double diff = DenseOracle.MaxDiff(s.Amplitudes, expected.ToArray());
        Assert.True(diff < Tolerances.Unitary, $"{what}: max difference {diff}");
    }

    private static void Check(int n, int seed, Matrix<Complex> u, Action<StateVector> apply, string what)
    {
        var psi = DenseOracle.RandomState(n, seed);
        var s = StateVector.FromAmplitudes(psi);
        apply(s);
        AssertMatches(s, u, psi, what);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Single_qubit_gates_match_the_oracle_on_every_target(int n)
    {
        double th = 0.7312;
        double c = Math.Cos(th / 2), sn = Math.Sin(th / 2);
        double r = 1 / Math.Sqrt(2);
        var rnd = DenseOracle.RandomUnitary(2, n);
        for (int q = 0; q < n; q++)
        {
            int seed = 10 * n + q;
            Check(n, seed, DenseOracle.Embed1(n, q, DenseOracle.Pauli('X')), s => s.ApplyX(q), $"X q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, DenseOracle.Pauli('Y')), s => s.ApplyY(q), $"Y q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, DenseOracle.Pauli('Z')), s => s.ApplyZ(q), $"Z q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, M(r, r, r, -r)), s => s.ApplyH(q), $"H q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, M(c, -I * sn, -I * sn, c)), s => s.ApplyRx(q, th), $"RX q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, M(c, -sn, sn, c)), s => s.ApplyRy(q, th), $"RY q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, M(Complex.Exp(-I * th / 2), 0, 0, Complex.Exp(I * th / 2))), s => s.ApplyRz(q, th), $"RZ q{q}");
            Check(n, seed, DenseOracle.Embed1(n, q, rnd), s => s.ApplyMatrix1(q, rnd[0, 0], rnd[0, 1], rnd[1, 0], rnd[1, 1]), $"U q{q}");
        }
    }

    [Theory]
    [MemberData(nameof(PairSizes))]
    public void Controlled_and_two_qubit_gates_match_the_oracle_on_every_pair(int n)
    {
        var x = DenseOracle.Pauli('X');
        var rnd = DenseOracle.RandomUnitary(2, 100 + n);
        var rnd4 = DenseOracle.RandomUnitary(4, 200 + n);
        var swap = Matrix<Complex>.Build.DenseOfArray(new Complex[,] { { 1, 0, 0, 0 }, { 0, 0, 1, 0 }, { 0, 1, 0, 0 }, { 0, 0, 0, 1 } });
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                if (a == b) continue;
                int seed = 1000 + 64 * a + b;
                Check(n, seed, DenseOracle.Controlled(n, [a], b, x), s => s.ApplyCnot(a, b), $"CNOT {a}->{b}");
                Check(n, seed, DenseOracle.Controlled(n, [a], b, DenseOracle.Pauli('Z')), s => s.ApplyCz(a, b), $"CZ {a},{b}");
                Check(n, seed, DenseOracle.Controlled(n, [a], b, rnd), s => s.ApplyControlledMatrix1([a], b, rnd[0, 0], rnd[0, 1], rnd[1, 0], rnd[1, 1]), $"CU {a}->{b}");
                Check(n, seed, DenseOracle.Embed2(n, a, b, rnd4), s => s.ApplyMatrix2(a, b, rnd4.ToRowMajorArray()), $"U4 {a},{b}");
                Check(n, seed, DenseOracle.Embed2(n, a, b, swap), s => s.ApplySwap(a, b), $"SWAP {a},{b}");
                if (n >= 3)
                {
                    int c = Enumerable.Range(0, n).First(k => k != a && k != b);
                    Check(n, seed, DenseOracle.Controlled(n, [a, c], b, rnd), s => s.ApplyControlledMatrix1([a, c], b, rnd[0, 0], rnd[0, 1], rnd[1, 0], rnd[1, 1]), $"CCU {a},{c}->{b}");
                }
            }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Pauli_rotation_matches_cos_minus_i_sin_P(int n)
    {
        // exp(−iθ/2 P) = cos(θ/2) I − i sin(θ/2) P for P² = I.
        var rng = new Random(n);
        double th = 1.234;
        for (int trial = 0; trial < 3 * n; trial++)
        {
            var p = new PauliString((ulong)rng.NextInt64(1L << n), (ulong)rng.NextInt64(1L << n));
            var dp = DenseOracle.Of(p, n);
            var u = Matrix<Complex>.Build.DenseIdentity(1 << n) * Math.Cos(th / 2) - dp * (I * Math.Sin(th / 2));
            Check(n, trial, u, s => s.ApplyPauliRotation(p, th), $"exp(-i th/2 {p})");
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Diagonal_phase_matches_the_oracle_for_values_and_levels(int n)
    {
        var rng = new Random(n);
        var d = Enumerable.Range(0, 1 << n).Select(_ => Math.Round(rng.NextDouble() * 4, 1)).ToArray();
        double g = 0.37;
        var u = Matrix<Complex>.Build.DiagonalOfDiagonalArray(d.Select(v => Complex.Exp(-I * g * v)).ToArray());
        Check(n, 5, u, s => s.ApplyDiagonalPhase(d, g), "exp(-i g D) values");
        Check(n, 5, u, s => s.ApplyDiagonalPhase(DiagonalOperator.FromValues(d), g), "exp(-i g D) levels");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Expectation_and_operator_product_match_dense(int n)
    {
        var h = DenseOracle.RandomHermitian(n, 4 * n, n);
        var psi = DenseOracle.RandomState(n, 77 + n);
        var s = StateVector.FromAmplitudes(psi);
        var dh = DenseOracle.Of(h);
        var v = DenseOracle.Vec(psi);
        var hv = dh * v;
        double expected = v.ConjugateDotProduct(hv).Real;
        Assert.Equal(expected, s.Expectation(h), 10);
        Assert.True(DenseOracle.MaxDiff(s.ApplyOperator(h).Amplitudes, hv.ToArray()) < Tolerances.Accumulated);
        double variance = hv.ConjugateDotProduct(hv).Real - expected * expected;
        Assert.Equal(variance, s.Variance(h), 10);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(8)]
    public void Expectation_of_groups_with_many_terms_uses_the_transform_path_and_matches_dense(int n)
    {
        // Few X masks, many Z masks per mask: groups exceed 2n+2 terms, exercising the Walsh–Hadamard path.
        var rng = new Random(n);
        var b = new PauliSumBuilder(n);
        foreach (ulong x in new ulong[] { 0, 3, (1UL << n) - 1 })
            for (int k = 0; k < 4 * n; k++)
            {
                ulong z = (ulong)rng.NextInt64(1L << n);
                // Real coefficient on a Hermitian string keeps the sum Hermitian.
                b.Add(new PauliString(x, z), rng.NextDouble() - 0.5);
            }
        var h = b.ToPauliSum();
        var psi = DenseOracle.RandomState(n, 5);
        var v = DenseOracle.Vec(psi);
        double expected = v.ConjugateDotProduct(DenseOracle.Of(h) * v).Real;
        Assert.Equal(expected, StateVector.FromAmplitudes(psi).Expectation(h), 10);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    public void Chunked_expectation_matches_dense_for_every_low_bit_pattern_and_group_size(int n)
    {
        // The AVX2 chunk kernel splits b = B + e (e < 8): every x with each of the 8 low-bit patterns, with and
        // without a high pivot, groups of 1..6 terms, Z masks with random low and high bits. Half of the strings
        // have odd |x∧z| (imaginary folded coefficient). Oracle: the dense matrix; tolerance Accumulated (sums of
        // up to 2^10 products).
        var rng = new Random(500 + n);
        ulong all = (1UL << n) - 1;
        var b = new PauliSumBuilder(n);
        int group = 0;
        for (ulong xl = 0; xl < 8; xl++)
            foreach (ulong high in new ulong[] { 0, 8, all & ~7UL })
            {
                ulong x = (xl | high) & all;
                for (int k = 0; k <= group % 6; k++)
                    b.Add(new PauliString(x, (ulong)rng.NextInt64() & all), rng.NextDouble() - 0.5);
                group++;
            }
        var h = b.ToPauliSum();
        var psi = DenseOracle.RandomState(n, 11 + n);
        var v = DenseOracle.Vec(psi);
        double expected = v.ConjugateDotProduct(DenseOracle.Of(h) * v).Real;
        Assert.Equal(expected, StateVector.FromAmplitudes(psi).Expectation(h), Tolerances.Accumulated);
    }

    [Fact]
    public unsafe void Amplitudes_start_on_a_cache_line_for_every_size()
    {
        // The vector kernels assume 32-byte loads never straddle a cache line: the storage must be 64-byte aligned.
        for (int n = 1; n <= 22; n++)
        {
            var s = StateVector.Uniform(n);
            fixed (Complex* p = s.Amplitudes) Assert.Equal(0L, (long)p % 64);
            Assert.Equal(1L << n, s.Amplitudes.Length);
        }
    }

    [Fact]
    public void Multithreaded_sweeps_agree_with_single_threaded_ones()
    {
        // Fast path (2 threads above the threshold) against the single-thread path on the same input.
        int n = 16;
        var psi = DenseOracle.RandomState(n, 3);
        var h = DenseOracle.RandomHermitian(n, 30, 4);
        // 2^16 amplitudes are below the default threshold: lower it so the two-thread path really runs.
        double ea;
        var a = StateVector.FromAmplitudes(psi);
        using (Parallelism.Override(threads: 1, threshold: 1 << 12))
        {
            Run(a);
            ea = a.Expectation(h);
        }
        using (Parallelism.Override(threads: 2, threshold: 1 << 12))
        {
            var b = StateVector.FromAmplitudes(psi);
            Run(b);
            Assert.True(DenseOracle.MaxDiff(a.Amplitudes, b.ToArray()) < Tolerances.Unitary);
            Assert.Equal(ea, b.Expectation(h), 10);
        }

        static void Run(StateVector s)
        {
            for (int q = 0; q < s.NumQubits; q++) { s.ApplyRx(q, 0.1 * q); s.ApplyRz(q, 0.3); }
            for (int q = 0; q + 1 < s.NumQubits; q++) s.ApplyCnot(q, q + 1);
            // Low-control CNOT kernels: masked chunk swaps (control 0/1, target ≥ 3) and in-chunk rewrites.
            s.ApplyCnot(0, 9); s.ApplyCnot(1, 15); s.ApplyCnot(1, 3); s.ApplyCnot(2, 0); s.ApplyCnot(1, 0); s.ApplyCnot(0, 2);
            s.ApplyPauliRotation(PauliString.Parse("X0 Y5 Z9 X15"), 0.4);
        }
    }

    [Fact]
    public void Threaded_expectation_is_bit_for_bit_the_single_thread_sum()
    {
        // Reproducibility: groups run on whichever thread is free, but are summed in group order, so the threaded value
        // equals the single-thread value exactly (not just to a tolerance), whatever the scheduling.
        var psi = StateVector.FromAmplitudes(DenseOracle.RandomState(14, 5));
        var h = DenseOracle.RandomHermitian(14, 200, 6);
        double one;
        using (Parallelism.Override(threads: 1, threshold: 0)) one = psi.Expectation(h);
        using (Parallelism.Override(threads: 2, threshold: 0))
        {
            for (int run = 0; run < 5; run++) Assert.Equal(one, psi.Expectation(h));
        }
    }

    [Fact]
    public void Sampling_is_seeded_and_follows_the_probabilities()
    {
        var s = StateVector.Zero(2);
        s.ApplyRy(0, 2 * Math.Acos(Math.Sqrt(0.3))); // P(bit0 = 0) = 0.3
        var a = s.Sample(20000, new Random(9));
        var b = s.Sample(20000, new Random(9));
        Assert.Equal(a, b);
        double p0 = a.Count(x => x == 0) / 20000.0;
        // Binomial standard error sqrt(0.3·0.7/20000) = 0.0032; 5σ bound.
        Assert.InRange(p0, 0.3 - 0.017, 0.3 + 0.017);
        Assert.All(a, x => Assert.True(x <= 1));
    }

    [Fact]
    public void Oversized_registers_are_refused_before_allocating_with_the_bytes_needed()
    {
        var e = Assert.Throws<QuantumAppsException>(() => StateVector.Zero(40));
        Assert.Contains("16 TiB", e.Message);
        Assert.Throws<QuantumAppsException>(() => StateVector.Zero(3).ApplyX(3));
    }
}
