namespace QuantumApps.Simulator.Kernels;

/// <summary>
/// The one threading policy of the library: every parallel loop (kernels, sector operators, Krylov vectors, QUBO
/// enumeration) asks it how many threads to use and runs through it. A sweep over fewer than
/// <see cref="ThresholdAmplitudes"/> amplitudes runs on one thread (spawning costs more than it saves; qulacs uses 2^13,
/// on this VM the break-even is 2^17); larger sweeps are split into <see cref="MaxThreads"/> contiguous chunks.
/// <para>
/// The process-wide default is read once: <see cref="ThreadsVariable"/> (a positive integer) or else the processor
/// count, and <see cref="DefaultThresholdAmplitudes"/>. Nothing can change it afterwards. Tests and callers that need
/// another policy take a scope, <c>using (Parallelism.Override(threads: 1, threshold: 0)) { … }</c>, which holds for the
/// current asynchronous flow only (an <see cref="AsyncLocal{T}"/>), so tests running in parallel cannot see each
/// other's overrides. Loops started inside the scope read the policy once, on the calling thread.
/// </para>
/// </summary>
public static class Parallelism
{
    /// <summary>Environment variable with the default thread count (a positive integer); unset or invalid = processor count.</summary>
    public const string ThreadsVariable = "QUANTUMAPPS_THREADS";

    /// <summary>
    /// Amplitude count from which sweeps use more than one thread: 2^17. Measured in docs/benchmarks.md
    /// (2026-12-01): at 2^14 and 2^15 two threads made RX and CNOT 1.3–1.9× slower, at 2^16 CNOT was still slower, from
    /// 2^17 both gain or break even.
    /// </summary>
    public const int DefaultThresholdAmplitudes = 1 << 17;

    private static readonly AsyncLocal<ParallelPolicy?> Scoped = new();

    /// <summary>The process-wide policy, read once from the environment.</summary>
    public static ParallelPolicy Default { get; } = new(ThreadsFromEnvironment(), DefaultThresholdAmplitudes);

    /// <summary>The policy in force: the innermost <see cref="Override"/> of this flow, else <see cref="Default"/>.</summary>
    public static ParallelPolicy Current => Scoped.Value ?? Default;

    /// <summary>Amplitude count from which sweeps use more than one thread under <see cref="Current"/>.</summary>
    public static int ThresholdAmplitudes => Current.ThresholdAmplitudes;

    /// <summary>Largest number of threads a loop uses under <see cref="Current"/>.</summary>
    public static int MaxThreads => Current.MaxThreads;

    /// <summary>
    /// Replaces the policy for the current asynchronous flow until the returned scope is disposed; omitted values
    /// are taken from <see cref="Current"/>. Scopes nest; disposing restores the policy the scope replaced.
    /// </summary>
    /// <param name="threads">Largest thread count (≥ 1).</param>
    /// <param name="threshold">Amplitude count (≥ 0) from which loops use more than one thread; 0 = always.</param>
    public static IDisposable Override(int? threads = null, int? threshold = null)
    {
        if (threads is < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "at least one thread");
        if (threshold is < 0) throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "a non-negative amplitude count");
        var outer = Scoped.Value;
        var current = outer ?? Default;
        Scoped.Value = new ParallelPolicy(threads ?? current.MaxThreads, threshold ?? current.ThresholdAmplitudes);
        return new Scope(outer);
    }

    /// <summary>Threads to use for a sweep over <paramref name="amplitudes"/> amplitudes under <see cref="Current"/>.</summary>
    public static int ThreadsFor(long amplitudes) => Current.ThreadsFor(amplitudes);

    /// <summary>
    /// Runs body(start, end) over [0, <paramref name="count"/>) split into contiguous chunks whose starts are multiples
    /// of <paramref name="align"/>, one chunk per thread when the sweep touches at least the threshold of
    /// <paramref name="amplitudes"/>; otherwise one call body(0, count) on the calling thread.
    /// </summary>
    public static void For(long count, long amplitudes, long align, Action<long, long> body)
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

    /// <summary>
    /// Runs body(t) for t = 0..<paramref name="threads"/>−1 concurrently (one piece per thread, e.g. a private
    /// accumulator each); <paramref name="threads"/> comes from <see cref="ThreadsFor"/>.
    /// </summary>
    internal static void ForEachThread(int threads, Action<int> body)
    {
        if (threads <= 1)
        {
            body(0);
            return;
        }
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
    }

    /// <summary>
    /// Runs body over the items 0..<paramref name="count"/>−1 of uneven cost, dynamically scheduled on up to
    /// <paramref name="threads"/> threads, each thread with its own state from <paramref name="init"/>, handed to
    /// <paramref name="finish"/> at the end (under the caller's own lock when it merges into shared data).
    /// </summary>
    internal static void ForEachItem<TState>(int count, int threads, Func<TState> init, Func<int, TState, TState> body, Action<TState> finish)
    {
        if (threads <= 1)
        {
            var state = init();
            for (int i = 0; i < count; i++) state = body(i, state);
            finish(state);
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, init, (i, _, state) => body(i, state), finish);
    }

    private static int ThreadsFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(ThreadsVariable), out int t) && t > 0 ? t : Environment.ProcessorCount;

    private sealed class Scope(ParallelPolicy? outer) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            Scoped.Value = outer;
        }
    }
}
