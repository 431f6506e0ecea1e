using System.Diagnostics;
using QuantumApps.Simulator;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// The budget a classical heuristic gets: an optional wall-clock limit, a number of independent restarts and the seed of
/// its random choices. A heuristic with a time limit splits it evenly over its restarts and keeps the best result; without
/// one it runs its own documented default amount of work (so a run is reproducible from the seed alone). With a time limit
/// the result also depends on the machine's speed: the seed fixes the sequence of random choices, not how many are made.
/// </summary>
/// <param name="TimeLimitSeconds">Wall-clock limit in seconds (positive, finite), or null for the method's default work.</param>
/// <param name="Restarts">Independent restarts, at least 1; null lets the method choose its default.</param>
/// <param name="Seed">64-bit seed (<see cref="SeededRandom"/>).</param>
public sealed record SearchBudget(double? TimeLimitSeconds = null, int? Restarts = null, long Seed = 42)
{
    /// <summary>Largest accepted time limit (one day), so that deadline arithmetic cannot overflow.</summary>
    public const double MaxSeconds = 86400;

    /// <summary>Throws when the limit is not positive and finite or the restart count is below 1.</summary>
    public SearchBudget Validated()
    {
        if (TimeLimitSeconds is double t && (!double.IsFinite(t) || t <= 0 || t > MaxSeconds))
            throw new QuantumAppsException($"--time-limit must be a number of seconds in (0, {MaxSeconds}], got {t}");
        if (Restarts is int r && r < 1) throw new QuantumAppsException($"--restarts must be at least 1, got {r}");
        return this;
    }

    /// <summary>The restart count, or <paramref name="defaultRestarts"/> when none was given.</summary>
    public int RestartsOr(int defaultRestarts) => Restarts ?? defaultRestarts;

    /// <summary>A new generator from <see cref="Seed"/>.</summary>
    public Random NewRandom() => SeededRandom.Create(Seed);

    /// <summary>
    /// The <see cref="Stopwatch.GetTimestamp"/> value at which restart <paramref name="restart"/> (0-based) of
    /// <paramref name="restarts"/> must stop, given the run's start timestamp; <see cref="long.MaxValue"/> without a limit.
    /// Restart r gets the time up to start + (r + 1)/restarts · limit, so time a restart leaves unused passes on.
    /// </summary>
    public long DeadlineTimestamp(long start, int restart, int restarts)
    {
        if (TimeLimitSeconds is not double t) return long.MaxValue;
        return start + (long)(t * Stopwatch.Frequency * (restart + 1) / Math.Max(1, restarts));
    }
}
