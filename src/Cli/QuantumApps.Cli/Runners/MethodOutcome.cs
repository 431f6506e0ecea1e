using System.Text.Json.Nodes;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// One method's row as the problem commands print it: the library's <see cref="MethodReport{TSolution}"/> with the
/// solution rendered as JSON and as short text, plus JSON-only <see cref="Details"/> (QAOA angles, noise settings).
/// </summary>
/// <param name="Method">CLI name of the method.</param>
/// <param name="Status">ok, failed or skipped.</param>
/// <param name="Reason">Why it failed or was skipped.</param>
/// <param name="Value">Headline value (cut, length or cost) when ok.</param>
/// <param name="Solution">The solution as JSON (assignment string, tour array, route arrays), or null.</param>
/// <param name="SolutionText">The solution as short text for the table.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Extras">Named numbers in display order.</param>
/// <param name="Details">JSON-only fields.</param>
public sealed record MethodOutcome(
    string Method,
    MethodStatus Status,
    string? Reason,
    double? Value,
    JsonNode? Solution,
    string SolutionText,
    double Seconds,
    IReadOnlyList<KeyValuePair<string, double>> Extras,
    JsonObject? Details = null)
{
    /// <summary>The row of a method that did not produce a result.</summary>
    public static MethodOutcome NotRun(string method, MethodStatus status, string reason) => new(method, status, reason, null, null, "", 0, []);

    /// <summary>Common part of a library report; the caller supplies the rendered solution.</summary>
    public static MethodOutcome From<T>(MethodReport<T> r, JsonNode? solution, string text)
        where T : class
    {
        if (r.Status != MethodStatus.Ok)
        {
            return NotRun(r.Method, r.Status, r.Reason ?? "");
        }

        JsonObject? details = r.Qaoa is { } q
            ? new JsonObject
            {
                ["gammas"] = new JsonArray(q.Gammas.Select(v => (JsonNode)v).ToArray()),
                ["betas"] = new JsonArray(q.Betas.Select(v => (JsonNode)v).ToArray()),
                ["exitReason"] = q.ExitReason,
            }
            : null;
        return new MethodOutcome(r.Method, r.Status, null, r.Value, solution, text, r.Seconds, r.Extras, details);
    }
}
