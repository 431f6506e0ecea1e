using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using QuantumApps.Simulator.States;

namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// QAOA sweeps over a 2^n amplitude array (qubit q = bit q of the index), in the QOKit style: the cost
/// layer is one phase multiply over the precomputed diagonal, the transverse-field mixer is n in-place
/// butterflies. Two cache-blocked passes replace n full sweeps: pass 1 applies the butterflies of the low
/// <see cref="LowQubits"/> qubits inside contiguous blocks of 2^LowQubits amplitudes; pass 2 gathers tiles of
/// a few contiguous columns across all high-qubit indices into a scratch buffer, applies the remaining
/// butterflies there and scatters back. Inside a block or tile the butterflies are radix-4 (two qubits per load
/// and store, <see cref="MixerButterflies"/>). Threads follow the Simulator's one policy
/// (<see cref="Parallelism.ThreadsFor"/>, <see cref="Parallelism.For"/>). The public face is
/// <see cref="States.QaoaState"/>, which validates once; nothing here checks its arguments. Tile buffers are rented from
/// the shared array pool (256 KiB each): allocating them per call left hundreds of MiB of large-object garbage resident
/// at 24 qubits.
/// </summary>
internal static class QaoaKernels
{
    /// <summary>Low qubits handled inside one contiguous block: 2^12 amplitudes = 64 KiB, L2-resident.</summary>
    internal const int LowQubits = 12;

    /// <summary>Target scratch size (complex numbers) of a pass-2 tile: 2^14 = 256 KiB, so φ and λ tiles fit a 1 MiB L2.</summary>
    private const int TileTarget = 1 << 14;

    /// <summary>Smallest tile width: 4 complex numbers = one 64-byte cache line.</summary>
    private const int MinTileWidth = 4;

    /// <summary>ψ_b = 2^{−n/2} for all b (|+⟩^n).</summary>
    internal static void FillUniform(Complex[] psi)
    {
        var amplitude = new Complex(1.0 / Math.Sqrt(psi.LongLength), 0);
        Chunked(psi.LongLength, (s, e) => psi.AsSpan((int)s, (int)(e - s)).Fill(amplitude));
    }

    /// <summary>
    /// ψ_b ← e^{−iγ c_b} ψ_b, block by block. When every c_b is an integer in [min, min + levels) (levels &lt; 2^16,
    /// <see cref="QaoaCost.IntegerLevels"/>) the phases come from a table e^{−iγ(min+l)} so that no sin/cos is
    /// evaluated per amplitude.
    /// </summary>
    internal static void ApplyPhase(Complex[] psi, QaoaCost cost, double gamma)
    {
        Complex[]? table = PhaseTable(gamma, cost.Min, cost.IntegerLevels);
        int low = cost.BlockQubits;
        int blockSize = 1 << low;
        Chunked(cost.BlockCount, (first, last) =>
        {
            Span<double> scratch = stackalloc double[blockSize];
            for (long block = first; block < last; block++)
            {
                MultiplyPhase(psi.AsSpan((int)(block << low), blockSize), cost.Block(block, scratch), gamma, cost.Min, table);
            }
        }, psi.LongLength);
    }

    private static Complex[]? PhaseTable(double gamma, double min, int integerLevels)
    {
        if (integerLevels <= 0)
        {
            return null;
        }

        var table = new Complex[integerLevels];
        for (int l = 0; l < integerLevels; l++)
        {
            var (sin, cos) = Math.SinCos(-gamma * (min + l));
            table[l] = new Complex(cos, sin);
        }

        return table;
    }

    /// <summary>
    /// ψ_b ← t_b ψ_b with t_b = table[c_b − min] (integer diagonal) or e^{−iγc_b}. AVX2 table path: two amplitudes
    /// per vector, ψ·t = fmaddsub(ψ, (t_re, t_re), swap(ψ)·(t_im, t_im)) = (ψ_re t_re − ψ_im t_im, ψ_im t_re + ψ_re t_im).
    /// </summary>
    private static void MultiplyPhase(Span<Complex> psi, ReadOnlySpan<double> cost, double gamma, double min, Complex[]? table)
    {
        if (table is not null)
        {
            int b = 0;
            if (Fma.IsSupported)
            {
                ref double r = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(psi));
                ref double t = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(table.AsSpan()));
                for (; b + 1 < psi.Length; b += 2)
                {
                    int l0 = (int)(cost[b] - min), l1 = (int)(cost[b + 1] - min);
                    var phase = Vector256.Create(Vector128.LoadUnsafe(ref t, (nuint)(2 * l0)), Vector128.LoadUnsafe(ref t, (nuint)(2 * l1)));
                    var v = Vector256.LoadUnsafe(ref r, (nuint)(2 * b));
                    var swapped = Avx.Permute(v, 0b0101);
                    Fma.MultiplyAddSubtract(v, Avx.Permute(phase, 0b0000), swapped * Avx.Permute(phase, 0b1111))
                        .StoreUnsafe(ref r, (nuint)(2 * b));
                }
            }

            for (; b < psi.Length; b++)
            {
                psi[b] *= table[(int)(cost[b] - min)];
            }

            return;
        }

        for (int b = 0; b < psi.Length; b++)
        {
            var (sin, cos) = Math.SinCos(-gamma * cost[b]);
            psi[b] *= new Complex(cos, sin);
        }
    }

    /// <summary>
    /// One forward QAOA layer with the transverse-field mixer: ψ ← exp(−iβ Σ_j X_j) exp(−iγC) ψ, where
    /// exp(−iβX_j) = [[cos β, −i sin β], [−i sin β, cos β]] on qubit j (all factors commute). The phase and the
    /// low-qubit butterflies share pass 1, so each layer reads the state twice instead of n + 1 times.
    /// </summary>
    internal static void ApplyLayer(Complex[] psi, QaoaCost cost, double gamma, int n, double beta)
    {
        var (s, c) = Math.SinCos(beta);
        Complex[]? table = PhaseTable(gamma, cost.Min, cost.IntegerLevels);
        int low = cost.BlockQubits;
        int blockSize = 1 << low;
        Chunked(1L << (n - low), (first, last) =>
        {
            Span<double> scratch = stackalloc double[blockSize];
            for (long block = first; block < last; block++)
            {
                int offset = (int)(block << low);
                var span = psi.AsSpan(offset, blockSize);
                MultiplyPhase(span, cost.Block(block, scratch), gamma, cost.Min, table);
                MixerButterflies.Rotate(span, 1, low, c, s);
            }
        }, psi.LongLength);
        HighQubitPass(psi, n, c, s);
    }

    /// <summary>ψ ← exp(−iβ Σ_j X_j) ψ alone (the layer of <see cref="ApplyLayer"/> without the cost phase).</summary>
    internal static void ApplyMixer(Complex[] psi, int n, double beta)
    {
        var (s, c) = Math.SinCos(beta);
        int low = Math.Min(n, LowQubits);
        int blockSize = 1 << low;
        Chunked(1L << (n - low), (first, last) =>
        {
            for (long block = first; block < last; block++)
            {
                MixerButterflies.Rotate(psi.AsSpan((int)(block << low), blockSize), 1, low, c, s);
            }
        }, psi.LongLength);
        HighQubitPass(psi, n, c, s);
    }

    /// <summary>
    /// Backward step of the adjoint sweep through one transverse-field layer k. Returns
    /// (Im Σ_j ⟨λ|X_j|φ⟩, Im ⟨λ|C|φ⟩) where the first is taken at the state after the mixer and the second after the
    /// cost gate, applies exp(+iβ Σ_j X_j) to φ and λ and, when <paramref name="undoPhase"/>, exp(+iγC) as well.
    /// Fusing is exact: exp(iβB) commutes with B = Σ_j X_j, so partial rotations on other qubits leave each
    /// ⟨λ|X_j|φ⟩ unchanged, and ⟨λ|C|φ⟩ is unchanged by the diagonal phase. Two passes over the state per layer:
    /// first the high qubits (tiles), then the low qubits in contiguous blocks, where the cost step reads one block of
    /// <paramref name="cost"/> (<see cref="QaoaCost.Block"/>). Only imaginary parts are returned: the gradient is
    /// ∂E/∂θ = 2 Im⟨λ|H|φ⟩.
    /// </summary>
    internal static (double MixerInner, double CostInner) UndoLayer(Complex[] lambda, Complex[] phi, QaoaCost cost, int n,
        double beta, double gamma, bool undoPhase)
    {
        var (s, c) = Math.SinCos(-beta);
        Complex[]? table = undoPhase ? PhaseTable(-gamma, cost.Min, cost.IntegerLevels) : null;
        int low = cost.BlockQubits;
        int high = n - low;
        int blockSize = 1 << low;
        double mixerHigh = 0;
        if (high > 0)
        {
            int width = TileWidth(low, high);
            int rows = 1 << high;
            (mixerHigh, _) = SumChunked2(blockSize / width, (firstTile, lastTile) =>
            {
                var pb = ArrayPool<Complex>.Shared.Rent(rows * width);
                var lb = ArrayPool<Complex>.Shared.Rent(rows * width);
                double mixerSum = 0;
                for (long tile = firstTile; tile < lastTile; tile++)
                {
                    int column = (int)tile * width;
                    Gather(phi, pb, low, column, width, rows);
                    Gather(lambda, lb, low, column, width, rows);
                    mixerSum += MixerButterflies.Undo(lb.AsSpan(0, rows * width), pb.AsSpan(0, rows * width), width, high, c, s);
                    Scatter(pb, phi, low, column, width, rows);
                    Scatter(lb, lambda, low, column, width, rows);
                }

                ArrayPool<Complex>.Shared.Return(pb);
                ArrayPool<Complex>.Shared.Return(lb);
                return (mixerSum, 0.0);
            }, phi.LongLength);
        }

        var (mixer, costInner) = SumChunked2(1L << high, (first, last) =>
        {
            Span<double> scratch = stackalloc double[blockSize];
            double mixerSum = 0, costSum = 0;
            for (long block = first; block < last; block++)
            {
                int offset = (int)(block << low);
                var l = lambda.AsSpan(offset, blockSize);
                var p = phi.AsSpan(offset, blockSize);
                mixerSum += MixerButterflies.Undo(l, p, 1, low, c, s);
                costSum += FinishCostStep(l, p, cost.Block(block, scratch), gamma, undoPhase, cost.Min, table);
            }

            return (mixerSum, costSum);
        }, phi.LongLength);
        return (mixer + mixerHigh, costInner);
    }

    /// <summary>
    /// Returns Im Σ conj(λ_b) c_b φ_b over the span and then, if asked, multiplies both by e^{+iγc_b}. AVX2: per lane
    /// λ·swap(φ)·(c_b, c_b), summed even-minus-odd as in <see cref="MixerButterflies"/>.
    /// </summary>
    private static double FinishCostStep(Span<Complex> lambda, Span<Complex> phi, ReadOnlySpan<double> cost, double gamma,
        bool undoPhase, double min, Complex[]? table)
    {
        double im = 0;
        int b = 0;
        if (Avx2.IsSupported)
        {
            ref double l = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(lambda));
            ref double p = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<Complex, double>(phi));
            ref double cr = ref MemoryMarshal.GetReference(cost);
            var acc = Vector256<double>.Zero;
            for (; b + 1 < phi.Length; b += 2)
            {
                var weights = Avx2.Permute4x64(Vector128.LoadUnsafe(ref cr, (nuint)b).ToVector256Unsafe(), 0b01_01_00_00);
                var vl = Vector256.LoadUnsafe(ref l, (nuint)(2 * b));
                var vp = Vector256.LoadUnsafe(ref p, (nuint)(2 * b));
                acc += vl * Avx.Permute(vp, 0b0101) * weights;
            }

            im = MixerButterflies.EvenMinusOdd(acc);
        }

        for (; b < phi.Length; b++)
        {
            Complex l = lambda[b], p = phi[b];
            im += cost[b] * (l.Real * p.Imaginary - l.Imaginary * p.Real);
        }

        if (undoPhase)
        {
            MultiplyPhase(phi, cost, -gamma, min, table);
            MultiplyPhase(lambda, cost, -gamma, min, table);
        }

        return im;
    }

    /// <summary>Pass 2 of the forward mixer over qubits ≥ <see cref="LowQubits"/> (gather, rotate, scatter tiles).</summary>
    private static void HighQubitPass(Complex[] psi, int n, double c, double s)
    {
        int low = Math.Min(n, LowQubits);
        int high = n - low;
        if (high == 0)
        {
            return;
        }

        int width = TileWidth(low, high);
        int rows = 1 << high;
        Chunked((1 << low) / width, (firstTile, lastTile) =>
        {
            var buffer = ArrayPool<Complex>.Shared.Rent(rows * width);
            for (long tile = firstTile; tile < lastTile; tile++)
            {
                int column = (int)tile * width;
                Gather(psi, buffer, low, column, width, rows);
                MixerButterflies.Rotate(buffer.AsSpan(0, rows * width), width, high, c, s);

                Scatter(buffer, psi, low, column, width, rows);
            }

            ArrayPool<Complex>.Shared.Return(buffer);
        }, psi.LongLength);
    }

    /// <summary>⟨ψ|C|ψ⟩ = Σ_b c_b |ψ_b|².</summary>
    internal static double Expectation(Complex[] psi, QaoaCost cost) =>
        SumBlocks(psi, cost, (offset, c) =>
        {
            double sum = 0;
            for (int x = 0; x < c.Length; x++)
            {
                Complex a = psi[offset + x];
                sum += c[x] * (a.Real * a.Real + a.Imaginary * a.Imaginary);
            }

            return new Complex(sum, 0);
        }).Real;

    /// <summary>Returns ⟨ψ|C|ψ⟩ and writes the adjoint seed λ = C ψ in the same pass.</summary>
    internal static double ExpectationAndCostate(Complex[] psi, QaoaCost cost, Complex[] lambda) =>
        SumBlocks(psi, cost, (offset, c) =>
        {
            double sum = 0;
            for (int x = 0; x < c.Length; x++)
            {
                Complex a = psi[offset + x];
                sum += c[x] * (a.Real * a.Real + a.Imaginary * a.Imaginary);
                lambda[offset + x] = c[x] * a;
            }

            return new Complex(sum, 0);
        }).Real;

    /// <summary>⟨λ|C|φ⟩ = Σ_b conj(λ_b) c_b φ_b.</summary>
    internal static Complex DiagonalInner(Complex[] lambda, Complex[] phi, QaoaCost cost) =>
        SumBlocks(phi, cost, (offset, c) =>
        {
            Complex sum = Complex.Zero;
            for (int x = 0; x < c.Length; x++)
            {
                sum += Complex.Conjugate(lambda[offset + x]) * (c[x] * phi[offset + x]);
            }

            return sum;
        });

    private delegate Complex BlockSum(int offset, ReadOnlySpan<double> cost);

    /// <summary>Σ over the blocks of <paramref name="cost"/> of body(offset, c_block), blocks split over threads.</summary>
    private static Complex SumBlocks(Complex[] psi, QaoaCost cost, BlockSum body)
    {
        int low = cost.BlockQubits;
        int blockSize = 1 << low;
        return SumChunked(cost.BlockCount, (first, last) =>
        {
            Span<double> scratch = stackalloc double[blockSize];
            Complex sum = Complex.Zero;
            for (long block = first; block < last; block++)
            {
                sum += body((int)(block << low), cost.Block(block, scratch));
            }

            return sum;
        }, psi.LongLength);
    }

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

    /// <summary>p_b = |ψ_b|² into a new array.</summary>
    internal static double[] Probabilities(Complex[] psi)
    {
        var p = new double[psi.LongLength];
        Chunked(psi.LongLength, (s, e) => SquaredMagnitudes(psi, s, e, p.AsSpan()));
        return p;
    }

    /// <summary>p_b = |ψ_b|² written into the first 2^n doubles of <paramref name="buffer"/> (a complex array of the same length, read as doubles).</summary>
    internal static void ProbabilitiesInto(Complex[] psi, Complex[] buffer) =>
        Chunked(psi.LongLength, (s, e) => SquaredMagnitudes(psi, s, e, MemoryMarshal.Cast<Complex, double>(buffer.AsSpan())));

    private static void SquaredMagnitudes(Complex[] psi, long start, long end, Span<double> target)
    {
        for (long b = start; b < end; b++)
        {
            target[(int)b] = psi[b].Real * psi[b].Real + psi[b].Imaginary * psi[b].Imaginary;
        }
    }

    private static int TileWidth(int low, int high) => Math.Min(1 << low, Math.Max(MinTileWidth, TileTarget >> high));

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
    private static void Chunked(long count, Action<long, long> body, long amplitudes = -1) =>
        Parallelism.For(count, amplitudes < 0 ? count : amplitudes, 1, body);

    private static Complex SumChunked(long count, Func<long, long, Complex> body, long amplitudes = -1)
    {
        int threads = Threads(amplitudes < 0 ? count : amplitudes, count);
        if (threads == 1)
        {
            return body(0, count);
        }

        long chunk = (count + threads - 1) / threads;
        var partial = new Complex[threads];
        Parallelism.ForEachThread(threads, t =>
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

    private static (double, double) SumChunked2(long count, Func<long, long, (double, double)> body, long amplitudes)
    {
        int threads = Threads(amplitudes, count);
        if (threads == 1)
        {
            return body(0, count);
        }

        long chunk = (count + threads - 1) / threads;
        var partial = new (double, double)[threads];
        Parallelism.ForEachThread(threads, t =>
        {
            long start = t * chunk, end = Math.Min(count, start + chunk);
            partial[t] = start < end ? body(start, end) : (0.0, 0.0);
        });
        double a = 0, b = 0;
        foreach (var (x, y) in partial)
        {
            a += x;
            b += y;
        }

        return (a, b);
    }

    private static int Threads(long amplitudes, long count) =>
        count < 2 ? 1 : (int)Math.Min(Parallelism.ThreadsFor(amplitudes), count);
}
