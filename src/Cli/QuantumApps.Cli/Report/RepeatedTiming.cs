using System.Diagnostics;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Wall time of a computation measured after one untimed warm-up call (JIT compilation, first-touch allocation) over
/// <see cref="Repeats"/> timed calls: the median and the spread (fastest and slowest) in seconds. A plain record, so
/// outcomes that hold it stay serialisable.
/// </summary>
public sealed record RepeatedTiming(double MedianSeconds, double MinSeconds, double MaxSeconds, int Repeats)
{
    /// <summary>Runs <paramref name="work"/> once untimed, then <paramref name="repeats"/> times timed; returns the last result and the timing.</summary>
    public static (T Result, RepeatedTiming Timing) Measure<T>(Func<T> work, int repeats)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        T result = work();
        var seconds = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var clock = Stopwatch.StartNew();
            result = work();
            seconds[i] = clock.Elapsed.TotalSeconds;
        }
        Array.Sort(seconds);
        double median = repeats % 2 == 1 ? seconds[repeats / 2] : 0.5 * (seconds[repeats / 2 - 1] + seconds[repeats / 2]);
        return (result, new RepeatedTiming(median, seconds[0], seconds[^1], repeats));
    }
}
