using System.Diagnostics;

namespace QuantumApps.Problems.Heuristics;

/// <summary>
/// Reads a <see cref="SearchBudget"/> against a running stopwatch: start s (0-based) of R may run until
/// (s + 1)·T/R has elapsed (<see cref="SearchBudget.DeadlineTimestamp"/>, the one share rule), so the R starts share the
/// time limit T equally and a start that ends early leaves its time to the next. Without a time limit nothing expires.
/// </summary>
internal sealed class BudgetClock
{
    private readonly SearchBudget _budget;
    private readonly long _start;

    /// <summary>The clock of <paramref name="budget"/> (validated), counted from when <paramref name="watch"/> started;
    /// <paramref name="defaultRestarts"/> when the budget names none.</summary>
    public BudgetClock(SearchBudget budget, Stopwatch watch, int defaultRestarts = 1)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(watch);
        _budget = budget.Validated();
        _start = Stopwatch.GetTimestamp() - watch.ElapsedTicks;
        Restarts = budget.RestartsOr(Math.Max(1, defaultRestarts));
    }

    public int Restarts { get; }

    public bool HasLimit => _budget.TimeLimitSeconds is not null;

    /// <summary>True when start <paramref name="start"/> has used its share (cumulative, so late starts may catch up).</summary>
    public bool ShareExpired(int start) => HasLimit && Stopwatch.GetTimestamp() >= _budget.DeadlineTimestamp(_start, start, Restarts);

    /// <summary>True when start <paramref name="start"/> has used the first half of its share (GW: SDP sweeps before
    /// roundings): (s + ½)/R of the limit, i.e. share 2s of 2R.</summary>
    public bool HalfShareExpired(int start) => HasLimit && Stopwatch.GetTimestamp() >= _budget.DeadlineTimestamp(_start, 2 * start, 2 * Restarts);

    /// <summary>True when the whole time limit is used.</summary>
    public bool Expired() => HasLimit && Stopwatch.GetTimestamp() >= _budget.DeadlineTimestamp(_start, 0, 1);
}
