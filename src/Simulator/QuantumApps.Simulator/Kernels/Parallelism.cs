namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Threading policy of the kernels: a sweep over fewer than <see cref="ThresholdAmplitudes"/> amplitudes
/// runs on one thread (spawning costs more than it saves, as in qulacs' 2^13 rule); larger sweeps are split
/// into <see cref="MaxThreads"/> contiguous chunks.
/// </summary>
public static class Parallelism
{
    /// <summary>Amplitude count from which sweeps use more than one thread (2^14 by default; measured in docs/benchmarks.md).</summary>
    public static int ThresholdAmplitudes { get; set; } = 1 << 14;

    /// <summary>Largest number of threads a kernel uses (default: the processor count).</summary>
    public static int MaxThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>Threads to use for a sweep over <paramref name="amplitudes"/> amplitudes.</summary>
    internal static int ThreadsFor(long amplitudes) =>
        amplitudes < ThresholdAmplitudes || MaxThreads <= 1 ? 1 : MaxThreads;

    /// <summary>Runs body(start, end) over [0, count) split into contiguous chunks (aligned to <paramref name="align"/>).</summary>
    internal static void For(long count, long amplitudes, long align, Action<long, long> body)
    {
        int t = ThreadsFor(amplitudes);
        if (t == 1 || count < 2 * align)
        {
            body(0, count);
            return;
        }
        long chunk = (count + t - 1) / t;
        chunk = (chunk + align - 1) / align * align;
        int pieces = (int)((count + chunk - 1) / chunk);
        Parallel.For(0, pieces, new ParallelOptions { MaxDegreeOfParallelism = t }, i =>
        {
            long s = i * chunk;
            body(s, Math.Min(count, s + chunk));
        });
    }
}
