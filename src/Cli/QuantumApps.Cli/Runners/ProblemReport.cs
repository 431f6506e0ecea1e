using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Prints the outcomes of a problem command. Table mode writes the header at once and each method's row as soon as the
/// method has finished (<see cref="Row"/>); JSON mode writes one document at the end:
/// <c>{"&lt;problemKey&gt;": {...}, "results": {"&lt;method&gt;": {"status": "ok", "&lt;valueKey&gt;", extras..., "&lt;solutionKey&gt;", details..., "seconds"}}}</c>,
/// a failed or skipped method as <c>{"status": "failed"|"skipped", "reason": "..."}</c> (skipped ones also keep the
/// older <c>"skipped": reason</c> field).
/// </summary>
internal static class ProblemReport
{
    /// <summary>Fixed column widths of the streamed table (method, status, value, seconds, solution).</summary>
    private static readonly int[] Widths = [14, 7, 14, 9, 0];

    /// <summary>Header line, then the column titles and rule of the streamed table (<see cref="TextTable.Stream"/>).</summary>
    public static void TableHeader(TextWriter output, string header, string valueKey, string solutionKey)
    {
        output.WriteLine(header);
        TextTable.Stream(output, ["method", "status", valueKey, "seconds", solutionKey], Widths);
    }

    /// <summary>One method's line (extras follow the solution as key=value).</summary>
    public static void Row(TextWriter output, MethodOutcome o)
    {
        string status = StatusName(o.Status);
        string extras = string.Join("  ", o.Extras.Select(e => $"{e.Key}={Format(e.Value)}"));
        string[] cells = o.Status != MethodStatus.Ok
            ? [o.Method, status, "-", "", o.Reason ?? ""]
            : [o.Method, status, Format(o.Value ?? double.NaN), o.Seconds.ToString("F3", CultureInfo.InvariantCulture), o.SolutionText + (extras.Length > 0 ? "  " + extras : "")];
        new TextTable.StreamedRows(output, Widths).Row(cells);
    }

    /// <summary>The JSON document of all outcomes.</summary>
    public static void Json(TextWriter output, string problemKey, JsonObject problem, string valueKey, string solutionKey, IReadOnlyList<MethodOutcome> outcomes)
    {
        var results = new JsonObject();
        foreach (var o in outcomes)
        {
            var node = new JsonObject { ["status"] = StatusName(o.Status) };
            if (o.Status != MethodStatus.Ok)
            {
                node["reason"] = o.Reason;
                if (o.Status == MethodStatus.Skipped)
                {
                    node["skipped"] = o.Reason;
                }
            }
            else
            {
                node[valueKey] = JsonOutput.Number(o.Value ?? double.NaN);
                foreach (var (k, v) in o.Extras)
                {
                    node[k] = JsonOutput.Number(v);
                }

                if (o.Solution is not null)
                {
                    node[solutionKey] = o.Solution;
                }

                if (o.Details is not null)
                {
                    foreach (var (k, v) in o.Details)
                    {
                        node[k] = v?.DeepClone();
                    }
                }

                node["seconds"] = o.Seconds;
            }

            results[o.Method] = node;
        }

        JsonOutput.Write(output, new JsonObject { [problemKey] = problem, ["results"] = results });
    }

    /// <summary>
    /// Exit code of a comparison: <see cref="ExitCodes.Cancelled"/> when interrupted, <see cref="ExitCodes.Ok"/> when no
    /// method failed (skipped methods are not failures), <see cref="ExitCodes.Partial"/> when some failed and some
    /// succeeded, <see cref="ExitCodes.Failure"/> when every requested method failed.
    /// </summary>
    public static int ExitCode(IReadOnlyList<MethodOutcome> outcomes, bool cancelled) =>
        cancelled ? ExitCodes.Cancelled
        : !outcomes.Any(o => o.Status == MethodStatus.Failed) ? ExitCodes.Ok
        : outcomes.Any(o => o.Status == MethodStatus.Ok) ? ExitCodes.Partial
        : ExitCodes.Failure;

    /// <summary>JSON/table spelling of a status: ok, failed, skipped.</summary>
    public static string StatusName(MethodStatus s) => s switch
    {
        MethodStatus.Ok => "ok",
        MethodStatus.Failed => "failed",
        _ => "skipped",
    };

    /// <summary>Prints the estimate of an expensive method on <paramref name="status"/> (stderr) unless quiet.</summary>
    public static void Estimate(TextWriter? status, bool quiet, string command, ResourceEstimate? estimate)
    {
        if (quiet || status is null || estimate is null)
        {
            return;
        }

        status.WriteLine($"{command} {estimate} (before starting)");
        status.Flush();
    }

    public static string Format(double v) =>
        double.IsNaN(v) ? "n/a" : v == Math.Round(v) && Math.Abs(v) < 1e15 ? v.ToString("F0", CultureInfo.InvariantCulture) : v.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs the methods one by one: estimate on stderr, the library call under a progress line, then
    /// the row (in table mode, at once). Ctrl-C keeps the finished rows and marks the rest
    /// skipped ("cancelled").
    /// </summary>
    public static (List<MethodOutcome> Outcomes, bool Cancelled) RunAll<TMethod>(IReadOnlyList<TMethod> methods, Func<TMethod, string> name,
        Func<TMethod, ResourceEstimate?> estimate, Func<TMethod, IProgress<ComparisonProgress>, MethodOutcome> run,
        string command, OutputFormat format, bool quiet, TextWriter output, TextWriter? status)
    {
        var outcomes = new List<MethodOutcome>();
        bool cancelled = false;
        foreach (var m in methods)
        {
            string method = name(m);
            if (cancelled)
            {
                outcomes.Add(MethodOutcome.NotRun(method, MethodStatus.Skipped, "cancelled"));
                continue;
            }

            MethodOutcome outcome;
            try
            {
                Estimate(status, quiet, command, estimate(m));
                outcome = ConsoleProgress.Run($"{command} {method}", quiet,
                    show => run(m, ConsoleProgress.Reporter<ComparisonProgress>(show, p => p.Step)));
            }
            catch (OperationCanceledException)
            {
                cancelled = true;
                outcome = MethodOutcome.NotRun(method, MethodStatus.Skipped, "cancelled");
            }
            catch (QuantumAppsException e)
            {
                outcome = MethodOutcome.NotRun(method, MethodStatus.Failed, e.Message);
            }

            outcomes.Add(outcome);
            if (format == OutputFormat.Table)
            {
                Row(output, outcome);
            }
        }

        return (outcomes, cancelled);
    }
}
