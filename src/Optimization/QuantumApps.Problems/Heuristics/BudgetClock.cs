using System.Diagnostics;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Reads a <see cref="SearchBudget"/> against a running stopwatch: start s (0-based) of R may run until
/// (s + 1)·T/R has elapsed, so the R starts share the time limit T equally and a start that ends early leaves its
/// time to the next. Without a time limit nothing expires.
/// </summary>
internal sealed class BudgetClock
{
    private readonly Stopwatch _watch;
    private readonly TimeSpan? _limit;

    /// <summary>The clock of <paramref name="budget"/> (validated); <paramref name="defaultRestarts"/> when it names none.</summary>
    public BudgetClock(SearchBudget budget, Stopwatch watch, int defaultRestarts = 1)
    {
        ArgumentNullException.ThrowIfNull(budget);
        budget.Validated();
        _watch = watch;
        _limit = budget.TimeLimitSeconds is double t ? TimeSpan.FromSeconds(t) : null;
        Restarts = budget.RestartsOr(Math.Max(1, defaultRestarts));
    }

    public int Restarts { get; }

    public bool HasLimit => _limit is not null;

    /// <summary>True when start <paramref name="start"/> has used its share (cumulative, so late starts may catch up).</summary>
    public bool ShareExpired(int start) => _limit is { } t && _watch.Elapsed >= t * (start + 1) / Restarts;

    /// <summary>True when start <paramref name="start"/> has used the first half of its share (GW: SDP sweeps before roundings).</summary>
    public bool HalfShareExpired(int start) => _limit is { } t && _watch.Elapsed >= t * (start + 0.5) / Restarts;

    /// <summary>True when the whole time limit is used.</summary>
    public bool Expired() => _limit is { } t && _watch.Elapsed >= t;
}
