namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// An immutable threading policy: sweeps over fewer than <see cref="ThresholdAmplitudes"/> amplitudes run on one
/// thread, larger ones on at most <see cref="MaxThreads"/> threads. <see cref="Parallelism.Current"/> is the policy in
/// force; <see cref="Parallelism.Override"/> replaces it for a scope.
/// </summary>
/// <param name="MaxThreads">Largest number of threads a loop uses (≥ 1).</param>
/// <param name="ThresholdAmplitudes">Amplitude count (≥ 0) from which a loop uses more than one thread.</param>
public sealed record ParallelPolicy(int MaxThreads, int ThresholdAmplitudes)
{
    /// <summary>Threads for a sweep over <paramref name="amplitudes"/> amplitudes: 1 below the threshold, else <see cref="MaxThreads"/>.</summary>
    public int ThreadsFor(long amplitudes) => amplitudes < ThresholdAmplitudes || MaxThreads <= 1 ? 1 : MaxThreads;
}
