namespace QuantumApps.Cli.Report.Claims;

/// <summary>Text forms of <see cref="VerdictKind"/>: the catalogue's spelling and the report's label.</summary>
public static class VerdictKinds
{
    private static readonly (VerdictKind Kind, string Name, string Label)[] All =
    [
        (VerdictKind.Supported, "supported", "supported"),
        (VerdictKind.NotSupportedAtThisScale, "not-supported-at-this-scale", "not supported at this scale"),
        (VerdictKind.Refuted, "refuted", "refuted"),
        (VerdictKind.NotTestable, "not-testable", "not testable on a simulator"),
        (VerdictKind.NotYetMeasured, "not-yet-measured", "not yet measured"),
    ];

    /// <summary>The catalogue spelling ("supported", "not-supported-at-this-scale", "refuted").</summary>
    public static string Name(VerdictKind kind) => All.First(a => a.Kind == kind).Name;

    /// <summary>The label shown in the report.</summary>
    public static string Label(VerdictKind kind) => All.First(a => a.Kind == kind).Label;

    /// <summary>Parses a catalogue spelling; only the three rule outcomes are accepted (the other two are not rule results).</summary>
    public static bool TryParseRuleOutcome(string text, out VerdictKind kind)
    {
        foreach (var a in All.Take(3))
        {
            if (a.Name == text) { kind = a.Kind; return true; }
        }
        kind = default;
        return false;
    }
}
