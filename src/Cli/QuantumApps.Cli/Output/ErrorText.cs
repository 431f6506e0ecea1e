using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace QuantumApps.Cli.Output;

/// <summary>
/// Makes an error message safe to print as one line: control characters and undecodable bytes (U+FFFD) from a binary
/// input file are escaped (<c>\x01</c>, <c>\ufffd</c>), a quoted excerpt of the input longer than
/// <see cref="MaxExcerpt"/> characters is cut with "…", and the whole line is at most <see cref="MaxLength"/> characters.
/// </summary>
public static partial class ErrorText
{
    /// <summary>Longest quoted excerpt of input kept in a message.</summary>
    public const int MaxExcerpt = 60;

    /// <summary>Longest message.</summary>
    public const int MaxLength = 500;

    /// <summary>The printable one-line form of <paramref name="message"/>.</summary>
    public static string Clean(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        string cut = Quoted().Replace(message, m => "'" + m.Groups[1].Value[..(MaxExcerpt - 1)] + "…'");
        var sb = new StringBuilder(cut.Length);
        foreach (char c in cut)
        {
            if (c == '\uFFFD') sb.Append("\\ufffd");
            else if (char.IsControl(c)) sb.Append(c is '\n' or '\r' ? " " : string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"));
            else sb.Append(c);
        }
        return sb.Length <= MaxLength ? sb.ToString() : sb.ToString(0, MaxLength - 1) + "…";
    }

    [GeneratedRegex("'([^']{" + "61,})'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
