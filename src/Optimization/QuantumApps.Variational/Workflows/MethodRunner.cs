using System.Globalization;
using QuantumApps.Optimizers;
using QuantumApps.Problems.Heuristics;
using QuantumApps.Simulator;
using QuantumApps.Variational.Qaoa;

namespace QuantumApps.Variational.Workflows;

/// <summary>
/// The shared loop of the comparisons: each method runs inside a guard that turns its failure into a
/// <see cref="MethodStatus.Failed"/> entry with the message as reason, so one method never discards the others;
/// cancellation stops the loop and marks the unfinished methods skipped ("cancelled").
/// </summary>
internal static class MethodRunner
{
    public static MethodReport<T> Guard<T>(string method, Func<MethodReport<T>> body)
        where T : class
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (QuantumAppsException e)
        {
            return MethodReport<T>.Failed(method, e.Message);
        }
        catch (ArgumentException e)
        {
            return MethodReport<T>.Failed(method, e.Message);
        }
        catch (OutOfMemoryException)
        {
            return MethodReport<T>.Failed(method, "out of memory");
        }
        catch (Exception e)
        {
            return MethodReport<T>.Failed(method, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    public static ComparisonResult<T> RunAll<TMethod, T>(IReadOnlyList<TMethod> methods, Func<TMethod, string> name,
        Func<TMethod, MethodReport<T>> run, CancellationToken cancellationToken)
        where T : class
    {
        var reports = new List<MethodReport<T>>(methods.Count);
        bool cancelled = false;
        foreach (var m in methods)
        {
            if (cancelled || cancellationToken.IsCancellationRequested)
            {
                cancelled = true;
                reports.Add(MethodReport<T>.Skipped(name(m), "cancelled"));
                continue;
            }

            try
            {
                reports.Add(run(m));
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                reports.Add(MethodReport<T>.Skipped(name(m), "cancelled"));
            }
        }

        return new ComparisonResult<T>(reports.AsReadOnly(), cancelled);
    }

    public static IProgress<SearchProgress>? Search(IProgress<ComparisonProgress>? progress, string method) =>
        progress is null ? null : new Relay<SearchProgress>(s => progress.Report(new ComparisonProgress(method,
            string.Create(CultureInfo.InvariantCulture, $"{s.Done}/{s.Total} {s.Unit}{(double.IsNaN(s.Best) ? "" : $", best {s.Best:G8}")}"))));

    public static IProgress<QaoaProgress>? Qaoa(IProgress<ComparisonProgress>? progress) =>
        progress is null ? null : new Relay<QaoaProgress>(q => progress.Report(new ComparisonProgress("qaoa",
            string.Create(CultureInfo.InvariantCulture, $"p = {q.Depth}, evaluation {q.Evaluations}, <C> = {q.Expectation:G8} (best {q.BestExpectation:G8})"))));

    public static List<KeyValuePair<string, double>> Extras(params (string Key, double Value)[] items) =>
        items.Select(i => new KeyValuePair<string, double>(i.Key, i.Value)).ToList();

    public static QaoaReport Report(int qubits, QaoaResult r, double optimum) => new(qubits, r.Gammas, r.Betas, ExitReasonNames.Name(r.ExitReason), optimum);

    /// <summary>Reports synchronously on the calling thread (unlike <see cref="Progress{T}"/>, which posts).</summary>
    private sealed class Relay<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value) => report(value);
    }
}
