using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// Prints the outcomes of a problem runner as a table or as JSON
/// <c>{"&lt;problemKey&gt;": {...}, "results": {"&lt;method&gt;": {"&lt;valueKey&gt;", "&lt;solutionKey&gt;", extras..., "seconds"}}}</c>.
/// Skipped methods appear as <c>{"skipped": reason}</c>.
/// </summary>
internal static class ProblemReport
{
    public static void Write(TextWriter output, OutputFormat format, string problemKey, JsonObject problem, string header,
        string valueKey, string solutionKey, IReadOnlyList<MethodOutcome> outcomes)
    {
        if (format == OutputFormat.Json)
        {
            var results = new JsonObject();
            foreach (var o in outcomes)
            {
                var node = new JsonObject();
                if (o.Skipped is not null) node["skipped"] = o.Skipped;
                else
                {
                    node[valueKey] = JsonOutput.Number(o.Value ?? double.NaN);
                    foreach (var (k, v) in o.Extras) node[k] = JsonOutput.Number(v);
                    if (o.Solution is not null) node[solutionKey] = o.Solution;
                    if (o.Details is not null)
                        foreach (var (k, v) in o.Details) node[k] = v?.DeepClone();
                    node["seconds"] = o.Seconds;
                }
                results[o.Method] = node;
            }
            JsonOutput.Write(output, new JsonObject { [problemKey] = problem, ["results"] = results });
            return;
        }
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(header);
        var extraKeys = outcomes.SelectMany(o => o.Extras.Select(e => e.Key)).Distinct().ToArray();
        var table = new TextTable([ "method", valueKey, .. extraKeys, "seconds", solutionKey ]);
        foreach (var o in outcomes)
        {
            if (o.Skipped is not null)
            {
                table.Add([o.Method, "-", .. extraKeys.Select(_ => ""), "", "skipped: " + o.Skipped]);
                continue;
            }
            var cells = new List<string> { o.Method, Format(o.Value ?? double.NaN) };
            foreach (var k in extraKeys)
            {
                var hit = o.Extras.FirstOrDefault(e => e.Key == k);
                cells.Add(hit.Key is null ? "" : Format(hit.Value));
            }
            cells.Add(o.Seconds.ToString("F3", inv));
            cells.Add(o.SolutionText);
            table.Add([.. cells]);
        }
        table.Write(output);
    }

    public static string Format(double v) =>
        double.IsNaN(v) ? "n/a" : v == Math.Round(v) && Math.Abs(v) < 1e15 ? v.ToString("F0", CultureInfo.InvariantCulture) : v.ToString("G10", CultureInfo.InvariantCulture);
}
