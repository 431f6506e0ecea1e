namespace QuantumApps.Optimizers;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls its action on the reporting thread at once (unlike
/// <see cref="Progress{T}"/>, which posts to the captured synchronization context or the thread pool).
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    private readonly Action<T> _report = report ?? throw new ArgumentNullException(nameof(report));

    /// <inheritdoc />
    public void Report(T value) => _report(value);
}
