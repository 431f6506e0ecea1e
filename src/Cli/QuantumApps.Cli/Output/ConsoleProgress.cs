using System.Diagnostics;
using Spectre.Console;

namespace QuantumApps.Cli.Output;

/// <summary>
/// Progress of a long library call on stderr: a Spectre.Console status line (spinner, title, the latest step the
/// library reported, elapsed time) while stderr is a terminal, nothing when it is redirected or with <c>--quiet</c>.
/// Results are printed between calls, never while a status line is live, so stdout stays clean.
/// </summary>
public static class ConsoleProgress
{
    /// <summary>True when progress would be shown: not quiet, stderr a terminal.</summary>
    public static bool Visible(bool quiet) => !quiet && !Console.IsErrorRedirected;

    /// <summary>
    /// Runs <paramref name="work"/> with a reporter that updates the status line; the reporter's text is the current
    /// step (e.g. "iteration 12, E = −1.1373"). Returns what <paramref name="work"/> returns.
    /// </summary>
    public static T Run<T>(string title, bool quiet, Func<Action<string>, T> work)
    {
        if (!Visible(quiet)) return work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        string head = Markup.Escape(title);
        return console.Status().Start(head, ctx => work(step =>
            ctx.Status($"{head}: {Markup.Escape(step)} [grey]({clock.Elapsed:mm\\:ss})[/]")));
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports synchronously (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    public static IProgress<T> Reporter<T>(Action<string> show, Func<T, string> describe) => new Callback<T>(v => show(describe(v)));

    private sealed class Callback<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
