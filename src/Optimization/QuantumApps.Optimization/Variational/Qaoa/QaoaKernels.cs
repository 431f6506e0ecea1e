using System.Numerics;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Optimization.Variational.Qaoa;

/// <summary>
/// QAOA sweeps over a 2^n amplitude array (qubit q = bit q of the index), in the QOKit style: the cost
/// layer is one phase multiply over the precomputed diagonal, the transverse-field mixer is n in-place
/// butterflies. Two cache-blocked passes replace n full sweeps: pass 1 applies the butterflies of the low
/// <see cref="LowQubits"/> qubits inside contiguous blocks of 2^LowQubits amplitudes; pass 2 gathers tiles of
/// a few contiguous columns across all high-qubit indices into a scratch buffer, applies the remaining
/// butterflies there and scatters back. Sweeps use <see cref="Parallelism.MaxThreads"/> threads from
/// <see cref="Parallelism.ThresholdAmplitudes"/> amplitudes up (the Simulator's policy).
/// These kernels live here because the Simulator's StateVector exposes its kernels only per gate; the
/// blocked mixer and the adjoint inner products are QAOA-specific.
/// </summary>
internal static class QaoaKernels
{
    /// <summary>Low qubits handled inside one contiguous block: 2^12 amplitudes = 64 KiB, L2-resident.</summary>
    internal const int LowQubits = 12;

    /// <summary>Target scratch size (complex numbers) of a pass-2 tile: 2^15 = 512 KiB.</summary>
    private const int TileTarget = 1 << 15;

    /// <summary>Smallest tile width: 4 complex numbers = one 64-byte cache line.</summary>
    private const int MinTileWidth = 4;

    /// <summary>ψ_b = 2^{−n/2} for all b (|+⟩^n).</summary>
    internal static void FillUniform(Complex[] psi)
    {
        var amplitude = new Complex(1.0 / Math.Sqrt(psi.LongLength), 0);
        Chunked(psi.LongLength, (s, e) => psi.AsSpan((int)s, (int)(e - s)).Fill(amplitude));
    }

    /// <summary>
    /// ψ_b ← e^{−iγ c_b} ψ_b. With <paramref name="integerLevels"/> (all c_b integers in [min, min+levels)),
    /// the phases come from a table e^{−iγ(min+l)} so that no sin/cos is evaluated per amplitude.
    /// </summary>
    internal static void ApplyPhase(Complex[] psi, double[] cost, double gamma, double min, int integerLevels)
    {
        if (integerLevels > 0)
        {
            var table = new Complex[integerLevels];
            for (int l = 0; l < integerLevels; l++)
            {
                var (sin, cos) = Math.SinCos(-gamma * (min + l));
                table[l] = new Complex(cos, sin);
            }

            Chunked(psi.LongLength, (s, e) =>
            {
                for (long b = s; b < e; b++)
                {
                    psi[b] *= table[(int)(cost[b] - min)];
                }
            });
            return;
        }

        Chunked(psi.LongLength, (s, e) =>
        {
            for (long b = s; b < e; b++)
            {
                var (sin, cos) = Math.SinCos(-gamma * cost[b]);
                psi[b] *= new Complex(cos, sin);
            }
        });
    }

    /// <summary>exp(−iβ Σ_j X_j) ψ = ⊗_j [[cos β, −i sin β], [−i sin β, cos β]] ψ (all factors commute).</summary>
    internal static void ApplyXMixer(Complex[] psi, int n, double beta)
    {
        var (s, c) = Math.SinCos(beta);
        int low = Math.Min(n, LowQubits);
        int high = n - low;
        int blockSize = 1 << low;
        Chunked(1L << high, (first, last) =>
        {
            for (long block = first; block < last; block++)
            {
                var span = psi.AsSpan((int)(block << low), blockSize);
                for (int j = 0; j < low; j++)
                {
                    RotatePairs(span, 1 << j, c, s);
                }
            }
        }, psi.LongLength);

        if (high == 0)
        {
            return;
        }

        int width = TileWidth(low, high);
        int rows = 1 << high;
        Chunked(blockSize / width, (first, last) =>
        {
            var buffer = new Complex[rows * width];
            for (long tile = first; tile < last; tile++)
            {
                int column = (int)tile * width;
                Gather(psi, buffer, low, column, width, rows);
                for (int j = 0; j < high; j++)
                {
                    RotatePairs(buffer, width << j, c, s);
                }

                Scatter(buffer, psi, low, column, width, rows);
            }
        }, psi.LongLength);
    }

    /// <summary>Σ_j ⟨λ|X_j|φ⟩ (the transverse-field generator B = Σ_j X_j between two states).</summary>
    internal static Complex XMixerInner(Complex[] lambda, Complex[] phi, int n)
    {
        int low = Math.Min(n, LowQubits);
        int high = n - low;
        int blockSize = 1 << low;
        Complex total = SumChunked(1L << high, (first, last) =>
        {
            Complex sum = Complex.Zero;
            for (long block = first; block < last; block++)
            {
                var l = lambda.AsSpan((int)(block << low), blockSize);
                var p = phi.AsSpan((int)(block << low), blockSize);
                for (int j = 0; j < low; j++)
                {
                    sum += PairInner(l, p, 1 << j);
                }
            }

            return sum;
        }, phi.LongLength);

        if (high == 0)
        {
            return total;
        }

        int width = TileWidth(low, high);
        int rows = 1 << high;
        total += SumChunked(blockSize / width, (first, last) =>
        {
            var lb = new Complex[rows * width];
            var pb = new Complex[rows * width];
            Complex sum = Complex.Zero;
            for (long tile = first; tile < last; tile++)
            {
                int column = (int)tile * width;
                Gather(lambda, lb, low, column, width, rows);
                Gather(phi, pb, low, column, width, rows);
                for (int j = 0; j < high; j++)
                {
                    sum += PairInner(lb, pb, width << j);
                }
            }

            return sum;
        }, phi.LongLength);
        return total;
    }

    /// <summary>⟨ψ|C|ψ⟩ = Σ_b c_b |ψ_b|².</summary>
    internal static double Expectation(Complex[] psi, double[] cost) =>
        SumChunked(psi.LongLength, (s, e) =>
        {
            double sum = 0;
            for (long b = s; b < e; b++)
            {
                Complex a = psi[b];
                sum += cost[b] * (a.Real * a.Real + a.Imaginary * a.Imaginary);
            }

            return new Complex(sum, 0);
        }).Real;

    /// <summary>⟨λ|C|φ⟩ = Σ_b conj(λ_b) c_b φ_b.</summary>
    internal static Complex DiagonalInner(Complex[] lambda, Complex[] phi, double[] cost) =>
        SumChunked(phi.LongLength, (s, e) =>
        {
            Complex sum = Complex.Zero;
            for (long b = s; b < e; b++)
            {
                sum += Complex.Conjugate(lambda[b]) * (cost[b] * phi[b]);
            }

            return sum;
        });

    /// <summary>dst_b = c_b · src_b.</summary>
    internal static void MultiplyDiagonal(Complex[] src, double[] cost, Complex[] dst) =>
        Chunked(src.LongLength, (s, e) =>
        {
            for (long b = s; b < e; b++)
            {
                dst[b] = cost[b] * src[b];
            }
        });

    /// <summary>
    /// exp(−iβ(X_aX_b + Y_aY_b)/2): the hopping term maps |01⟩ ↔ |10⟩ on qubits (a, b) and annihilates |00⟩,
    /// |11⟩, so the gate is [[cos β, −i sin β], [−i sin β, cos β]] on each {|…1_a…0_b…⟩, |…0_a…1_b…⟩} pair and the
    /// identity elsewhere. It conserves the Hamming weight of (a, b).
    /// </summary>
    internal static void ApplyHopping(Complex[] psi, int a, int b, double beta)
    {
        var (s, c) = Math.SinCos(beta);
        long ma = 1L << a, mb = 1L << b;
        for (long i = 0; i < psi.LongLength; i++)
        {
            if ((i & ma) != 0 && (i & mb) == 0)
            {
                long k = i ^ ma ^ mb;
                Complex x = psi[i], y = psi[k];
                psi[i] = new Complex(c * x.Real + s * y.Imaginary, c * x.Imaginary - s * y.Real);
                psi[k] = new Complex(c * y.Real + s * x.Imaginary, c * y.Imaginary - s * x.Real);
            }
        }
    }

    /// <summary>⟨λ|(X_aX_b + Y_aY_b)/2|φ⟩ = Σ over swapped pairs conj(λ_i) φ_k + conj(λ_k) φ_i.</summary>
    internal static Complex HoppingInner(Complex[] lambda, Complex[] phi, int a, int b)
    {
        long ma = 1L << a, mb = 1L << b;
        Complex sum = Complex.Zero;
        for (long i = 0; i < phi.LongLength; i++)
        {
            if ((i & ma) != 0 && (i & mb) == 0)
            {
                long k = i ^ ma ^ mb;
                sum += Complex.Conjugate(lambda[i]) * phi[k] + Complex.Conjugate(lambda[k]) * phi[i];
            }
        }

        return sum;
    }

    /// <summary>p_b = |ψ_b|².</summary>
    internal static double[] Probabilities(Complex[] psi)
    {
        var p = new double[psi.LongLength];
        Chunked(psi.LongLength, (s, e) =>
        {
            for (long b = s; b < e; b++)
            {
                p[b] = psi[b].Real * psi[b].Real + psi[b].Imaginary * psi[b].Imaginary;
            }
        });
        return p;
    }

    private static int TileWidth(int low, int high) => Math.Min(1 << low, Math.Max(MinTileWidth, TileTarget >> high));

    /// <summary>Butterflies [[c, −is], [−is, c]] on all pairs (i, i + stride) with bit "stride" of i clear.</summary>
    private static void RotatePairs(Span<Complex> x, int stride, double c, double s)
    {
        for (int start = 0; start < x.Length; start += 2 * stride)
        {
            var lo = x.Slice(start, stride);
            var hi = x.Slice(start + stride, stride);
            for (int i = 0; i < lo.Length; i++)
            {
                Complex a = lo[i], b = hi[i];
                lo[i] = new Complex(c * a.Real + s * b.Imaginary, c * a.Imaginary - s * b.Real);
                hi[i] = new Complex(c * b.Real + s * a.Imaginary, c * b.Imaginary - s * a.Real);
            }
        }
    }

    /// <summary>Σ over pairs (i, i + stride): conj(λ_i) φ_{i+stride} + conj(λ_{i+stride}) φ_i = Σ_i ⟨λ|X_j|φ⟩ terms.</summary>
    private static Complex PairInner(ReadOnlySpan<Complex> lambda, ReadOnlySpan<Complex> phi, int stride)
    {
        double re = 0, im = 0;
        for (int start = 0; start < phi.Length; start += 2 * stride)
        {
            for (int i = start; i < start + stride; i++)
            {
                Complex l0 = lambda[i], l1 = lambda[i + stride], p0 = phi[i], p1 = phi[i + stride];
                // conj(l0)·p1 + conj(l1)·p0
                re += l0.Real * p1.Real + l0.Imaginary * p1.Imaginary + l1.Real * p0.Real + l1.Imaginary * p0.Imaginary;
                im += l0.Real * p1.Imaginary - l0.Imaginary * p1.Real + l1.Real * p0.Imaginary - l1.Imaginary * p0.Real;
            }
        }

        return new Complex(re, im);
    }

    private static void Gather(Complex[] psi, Complex[] buffer, int low, int column, int width, int rows)
    {
        for (int h = 0; h < rows; h++)
        {
            psi.AsSpan((int)(((long)h << low) + column), width).CopyTo(buffer.AsSpan(h * width, width));
        }
    }

    private static void Scatter(Complex[] buffer, Complex[] psi, int low, int column, int width, int rows)
    {
        for (int h = 0; h < rows; h++)
        {
            buffer.AsSpan(h * width, width).CopyTo(psi.AsSpan((int)(((long)h << low) + column), width));
        }
    }

    /// <summary>Runs body over [0, count) in contiguous chunks, one per thread when the state is large enough.</summary>
    private static void Chunked(long count, Action<long, long> body, long amplitudes = -1)
    {
        int threads = Threads(amplitudes < 0 ? count : amplitudes, count);
        if (threads == 1)
        {
            body(0, count);
            return;
        }

        long chunk = (count + threads - 1) / threads;
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads },
            t =>
            {
                long start = t * chunk, end = Math.Min(count, start + chunk);
                if (start < end)
                {
                    body(start, end);
                }
            });
    }

    private static Complex SumChunked(long count, Func<long, long, Complex> body, long amplitudes = -1)
    {
        int threads = Threads(amplitudes < 0 ? count : amplitudes, count);
        if (threads == 1)
        {
            return body(0, count);
        }

        long chunk = (count + threads - 1) / threads;
        var partial = new Complex[threads];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads },
            t =>
            {
                long start = t * chunk, end = Math.Min(count, start + chunk);
                partial[t] = start < end ? body(start, end) : Complex.Zero;
            });
        Complex total = Complex.Zero;
        foreach (Complex p in partial)
        {
            total += p;
        }

        return total;
    }

    private static int Threads(long amplitudes, long count) =>
        amplitudes < Parallelism.ThresholdAmplitudes || count < 2 ? 1 : (int)Math.Min(Parallelism.MaxThreads, count);
}
