using System.Globalization;
using System.Text.RegularExpressions;

namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// Evidence text with measurement placeholders: <c>{key}</c> (general format, 4 significant digits) or
/// <c>{key:format}</c> (a .NET numeric format such as <c>0.000</c>, <c>0.0e0</c>, <c>G3</c>), formatted with the
/// invariant culture. A key the run did not measure is shown as "(not measured)"; NaN as "n/a".
/// </summary>
public static partial class EvidenceTemplate
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9._\-]*)(?::([^{}]+))?\}")]
    private static partial Regex Placeholder();

    /// <summary>The keys named by the placeholders, in order of appearance.</summary>
    public static IEnumerable<string> Keys(string template) => Placeholder().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>Fills every placeholder from <paramref name="measurements"/>.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, double> measurements) =>
        Placeholder().Replace(template, m =>
        {
            if (!measurements.TryGetValue(m.Groups[1].Value, out double v)) return "(not measured)";
            if (double.IsNaN(v)) return "n/a";
            string format = m.Groups[2].Success ? m.Groups[2].Value : "G4";
            return v.ToString(format, CultureInfo.InvariantCulture);
        });
}
