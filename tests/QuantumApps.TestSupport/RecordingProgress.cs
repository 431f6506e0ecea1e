namespace QuantumApps.TestSupport;

/// <summary>
/// A synchronous <see cref="IProgress{T}"/> for tests: records every report in order on the reporting thread
/// (unlike <see cref="Progress{T}"/>, which posts to a synchronisation context) and optionally runs an action on each,
/// e.g. cancelling a token after the k-th report.
/// </summary>
public sealed class RecordingProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    private readonly List<T> _reports = [];

    /// <summary>The reports so far, in order.</summary>
    public IReadOnlyList<T> Reports => _reports;

    /// <inheritdoc/>
    public void Report(T value)
    {
        _reports.Add(value);
        onReport?.Invoke(value);
    }
}
