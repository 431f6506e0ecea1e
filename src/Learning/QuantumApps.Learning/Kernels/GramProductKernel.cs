using System.Numerics;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Hot loop of the fidelity kernel: K[i, j] = |Σ_b conj(ψ_i[b]) φ_j[b]|² over two state tables (real and imaginary parts
/// apart). The sum runs in chunks of the 2^n dimension so the chunk of every state stays in cache while all pairs use
/// it (complex partial sums kept per pair); the inner loop is <see cref="Vector{T}"/> wide with a scalar tail. Rows are
/// spread over threads. A symmetric call computes j ≥ i only (a and b the same table).
/// </summary>
internal static class GramProductKernel
{
    private const int Chunk = 1024;

    public static void Fidelities(StateTable a, StateTable b, bool symmetric, Span<double> output, int outputColumns, int rowOffset, int columnOffset,
        CancellationToken cancellationToken)
    {
        int na = a.Count, nb = b.Count, dim = a.Dimension;
        var accRe = new double[(long)na * nb];
        var accIm = new double[(long)na * nb];
        long work = (long)na * nb * dim;
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = work >= 1 << 20 ? Environment.ProcessorCount : 1,
            CancellationToken = cancellationToken,
        };
        for (int start = 0; start < dim; start += Chunk)
        {
            int len = Math.Min(Chunk, dim - start);
            int s0 = start;
            Parallel.For(0, na, options, i =>
            {
                var aRe = new ReadOnlySpan<double>(a.Re, (int)((long)i * dim + s0), len);
                var aIm = new ReadOnlySpan<double>(a.Im, (int)((long)i * dim + s0), len);
                for (int j = symmetric ? i : 0; j < nb; j++)
                {
                    var bRe = new ReadOnlySpan<double>(b.Re, (int)((long)j * dim + s0), len);
                    var bIm = new ReadOnlySpan<double>(b.Im, (int)((long)j * dim + s0), len);
                    var (re, im) = Dot(aRe, aIm, bRe, bIm);
                    accRe[(long)i * nb + j] += re;
                    accIm[(long)i * nb + j] += im;
                }
            });
        }
        for (int i = 0; i < na; i++)
            for (int j = symmetric ? i : 0; j < nb; j++)
            {
                double re = accRe[(long)i * nb + j], im = accIm[(long)i * nb + j];
                double k = re * re + im * im;
                output[(rowOffset + i) * outputColumns + columnOffset + j] = k;
                if (symmetric) output[(rowOffset + j) * outputColumns + columnOffset + i] = k;
            }
    }

    /// <summary>Σ conj(a)·b = Σ (aRe·bRe + aIm·bIm) + i Σ (aRe·bIm − aIm·bRe).</summary>
    internal static (double Re, double Im) Dot(ReadOnlySpan<double> aRe, ReadOnlySpan<double> aIm, ReadOnlySpan<double> bRe, ReadOnlySpan<double> bIm)
    {
        int n = aRe.Length;
        int w = Vector<double>.Count;
        var sr = Vector<double>.Zero;
        var si = Vector<double>.Zero;
        int k = 0;
        for (; k <= n - w; k += w)
        {
            var ar = new Vector<double>(aRe.Slice(k, w));
            var ai = new Vector<double>(aIm.Slice(k, w));
            var br = new Vector<double>(bRe.Slice(k, w));
            var bi = new Vector<double>(bIm.Slice(k, w));
            sr += ar * br + ai * bi;
            si += ar * bi - ai * br;
        }
        double re = Vector.Sum(sr), im = Vector.Sum(si);
        for (; k < n; k++)
        {
            re += aRe[k] * bRe[k] + aIm[k] * bIm[k];
            im += aRe[k] * bIm[k] - aIm[k] * bRe[k];
        }
        return (re, im);
    }
}
