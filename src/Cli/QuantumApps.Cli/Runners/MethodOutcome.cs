using System.Text.Json.Nodes;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// What one method of a problem runner produced: its headline value (cut, length or cost), the solution as
/// JSON and as short text, wall-clock seconds, extra named numbers (e.g. upperBound) and, when the method was
/// not run (instance too large for an exact method that was not explicitly requested), the reason;
/// <c>Details</c> holds extra JSON-only fields (e.g. QAOA angles).
/// </summary>
public sealed record MethodOutcome(
    string Method,
    double? Value,
    JsonNode? Solution,
    string SolutionText,
    double Seconds,
    IReadOnlyList<KeyValuePair<string, double>> Extras,
    string? Skipped,
    JsonObject? Details = null)
{
    /// <summary>A method that was not run, with the reason.</summary>
    public static MethodOutcome Skip(string method, string reason) => new(method, null, null, "", 0, [], reason);
}
