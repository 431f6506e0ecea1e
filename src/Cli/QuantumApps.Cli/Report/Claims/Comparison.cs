using System.Globalization;

namespace QuantumApps.Cli.Report.Claims;

/// <summary>
/// One comparison of a verdict rule: <c>key op operand</c>, where <c>key</c> names a measurement, <c>op</c> is one of
/// <c>&lt; &lt;= &gt; &gt;= == !=</c> and the operand is a number (invariant culture, e.g. <c>1.6e-3</c>) or another
/// measurement key. A comparison with a NaN side is false (so a missing-but-NaN value never satisfies a rule).
/// </summary>
/// <param name="Key">The measurement on the left.</param>
/// <param name="Operator">The comparison operator.</param>
/// <param name="Threshold">The number on the right, or null when <paramref name="RightKey"/> is used.</param>
/// <param name="RightKey">The measurement on the right, or null when <paramref name="Threshold"/> is used.</param>
public sealed record Comparison(string Key, string Operator, double? Threshold, string? RightKey)
{
    private static readonly string[] Operators = ["<", "<=", ">", ">=", "==", "!="];

    /// <summary>The measurement keys this comparison reads.</summary>
    public IEnumerable<string> Keys => RightKey is null ? [Key] : [Key, RightKey];

    /// <summary>Parses "key op operand" (tokens separated by white space); null and a message when malformed.</summary>
    public static Comparison? TryParse(string text, out string? error)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        error = null;
        if (tokens.Length != 3) { error = $"'{text}' is not 'key op value'"; return null; }
        if (!IsKey(tokens[0])) { error = $"'{tokens[0]}' is not a measurement key"; return null; }
        if (!Operators.Contains(tokens[1])) { error = $"'{tokens[1]}' is not one of {string.Join(" ", Operators)}"; return null; }
        if (double.TryParse(tokens[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v))
            return new Comparison(tokens[0], tokens[1], v, null);
        if (IsKey(tokens[2])) return new Comparison(tokens[0], tokens[1], null, tokens[2]);
        error = $"'{tokens[2]}' is neither a finite number nor a measurement key";
        return null;
    }

    /// <summary>A key starts with a letter and holds letters, digits and <c>. _ -</c>.</summary>
    public static bool IsKey(string s) => s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <summary>Evaluates against <paramref name="measurements"/> (every key must be present).</summary>
    public bool Holds(IReadOnlyDictionary<string, double> measurements)
    {
        double a = measurements[Key], b = Threshold ?? measurements[RightKey!];
        if (double.IsNaN(a) || double.IsNaN(b)) return false;
        return Operator switch
        {
            "<" => a < b,
            "<=" => a <= b,
            ">" => a > b,
            ">=" => a >= b,
            "==" => a == b,
            _ => a != b,
        };
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Key} {Operator} {(Threshold is double t ? t.ToString("R", CultureInfo.InvariantCulture) : RightKey)}";
}
