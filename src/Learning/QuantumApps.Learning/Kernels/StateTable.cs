using QuantumApps.Learning.Data;
using QuantumApps.Simulator.Kernels;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Feature-map states of a block of samples, stored split into real and imaginary parts (row i = sample i, 2^n entries
/// each) so the Gram product runs over contiguous doubles. Each state is prepared straight into its row (no state
/// vector, no copy); samples are spread over threads by <see cref="Parallelism.For"/>.
/// </summary>
internal sealed class StateTable
{
    public StateTable(FeatureMap map, FeatureMatrix x, int start, int count, CancellationToken cancellationToken = default)
    {
        int dim = 1 << map.Qubits;
        Dimension = dim;
        Count = count;
        var re = GC.AllocateUninitializedArray<double>(checked(count * dim));
        var im = GC.AllocateUninitializedArray<double>(checked(count * dim));
        Re = re;
        Im = im;
        Parallelism.For(count, (long)count * dim * map.Qubits, 1, (s, e) =>
        {
            var work = new FeatureMapWorkspace(map.Qubits);
            for (long i = s; i < e; i++)
            {
                if (cancellationToken.IsCancellationRequested) return;
                map.Prepare(x.Row(start + (int)i), re.AsSpan((int)(i * dim), dim), im.AsSpan((int)(i * dim), dim), work);
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
    }

    public int Dimension { get; }

    public int Count { get; }

    public double[] Re { get; }

    public double[] Im { get; }

    /// <summary>Bytes a table of <paramref name="count"/> states on <paramref name="qubits"/> qubits takes.</summary>
    public static long BytesFor(int qubits, long count) => count * (1L << qubits) * 16;
}
