namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// Threading policy of the kernels: a sweep over fewer than <see cref="ThresholdAmplitudes"/> amplitudes
/// runs on one thread (spawning costs more than it saves; qulacs uses 2^13, on this VM the break-even is 2^17); larger sweeps are split
/// into <see cref="MaxThreads"/> contiguous chunks.
/// </summary>
public static class Parallelism
{
    /// <summary>
    /// Amplitude count from which sweeps use more than one thread: 2^17 by default. Measured in docs/benchmarks.md
    /// (2026-12-01): at 2^14 and 2^15 two threads made RX and CNOT 1.3–1.9× slower, at 2^16 CNOT was still slower, from
    /// 2^17 both gain or break even.
    /// </summary>
    public static int ThresholdAmplitudes { get; set; } = 1 << 17;

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
