using QuantumApps.Learning.Data;
using QuantumApps.Simulator.States;

namespace QuantumApps.Learning.Kernels;

/// <summary>
/// Feature-map states of a block of samples, stored split into real and imaginary parts (row i = sample i, 2^n entries
/// each) so the Gram product runs over contiguous doubles.
/// </summary>
internal sealed class StateTable
{
    public StateTable(FeatureMap map, FeatureMatrix x, int start, int count)
    {
        Dimension = 1 << map.Qubits;
        Count = count;
        Re = new double[(long)count * Dimension];
        Im = new double[(long)count * Dimension];
        int dim = Dimension;
        var re = Re;
        var im = Im;
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count * (long)dim >= 1 << 13 ? Environment.ProcessorCount : 1 },
            () => (State: StateVector.Zero(map.Qubits), Work: new FeatureMapWorkspace(map.Qubits)),
            (i, _, local) =>
            {
                map.Prepare(x.Row(start + i), local.State, local.Work);
                var amps = local.State.Amplitudes;
                long offset = (long)i * dim;
                for (int b = 0; b < dim; b++)
                {
                    re[offset + b] = amps[b].Real;
                    im[offset + b] = amps[b].Imaginary;
                }
                return local;
            },
            _ => { });
    }

    public int Dimension { get; }

    public int Count { get; }

    public double[] Re { get; }

    public double[] Im { get; }

    /// <summary>Bytes a table of <paramref name="count"/> states on <paramref name="qubits"/> qubits takes.</summary>
    public static long BytesFor(int qubits, long count) => count * (1L << qubits) * 16;
}
