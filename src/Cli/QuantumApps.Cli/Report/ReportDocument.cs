using System.Globalization;
using System.Net;
using System.Text;
using QuantumApps.Cli.Output;

namespace QuantumApps.Cli.Report;

/// <summary>
/// The report as a list of blocks (headings, paragraphs, tables, figures), rendered to Markdown (figures linked as
/// SVG files) and to one self-contained HTML page (figures inlined as SVG, no scripts or external resources).
/// Files (SVG and the CSV behind every plot) are collected in <see cref="Files"/> for the runner to write.
/// </summary>
public sealed class ReportDocument
{
    private readonly List<(string Kind, string Text, string[]? Header, List<string[]>? Rows, string? File)> _blocks = [];

    /// <summary>The command that reproduces every figure (printed under each one), or null to omit it.</summary>
    public string? ReproduceCommand { get; init; }

    /// <summary>File name → content of the SVG and CSV files.</summary>
    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds a heading (level 1–3).</summary>
    public void Heading(int level, string text) => _blocks.Add(("h" + level, text, null, null, null));

    /// <summary>Adds a paragraph of plain text.</summary>
    public void Paragraph(string text) => _blocks.Add(("p", text, null, null, null));

    /// <summary>Adds a bulleted list item.</summary>
    public void Bullet(string text) => _blocks.Add(("li", text, null, null, null));

    /// <summary>
    /// Adds a table. A <paramref name="stacked"/> table (long text cells) turns each row into a labelled card on narrow
    /// screens in the HTML instead of scrolling sideways.
    /// </summary>
    public void Table(string[] header, IEnumerable<string[]> rows, bool stacked = false) => _blocks.Add((stacked ? "table-stacked" : "table", "", header, rows.ToList(), null));

    /// <summary>Adds a figure: writes <c>name.svg</c> and <c>name.csv</c> (header + rows) and links both.</summary>
    public void Figure(string name, string caption, ChartSpec spec, IReadOnlyList<ChartSeries> series, string[] csvHeader, IEnumerable<string[]> csvRows)
    {
        Files[name + ".svg"] = SvgChart.Render(spec, series);
        Files[name + ".csv"] = Csv(csvHeader, csvRows);
        _blocks.Add(("figure", caption, null, null, name));
    }

    /// <summary>Adds a CSV file without a plot (table data).</summary>
    public void DataFile(string name, string[] header, IEnumerable<string[]> rows) => Files[name + ".csv"] = Csv(header, rows);

    /// <summary>RFC 4180 CSV with invariant culture (<see cref="CsvText"/>).</summary>
    public static string Csv(string[] header, IEnumerable<string[]> rows) => CsvText.Write(header, rows);

    /// <summary>Markdown rendering.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        string? last = null;
        foreach (var b in _blocks)
        {
            if (last == "li" && b.Kind != "li") sb.Append('\n');
            switch (b.Kind)
            {
                case "h1": sb.Append("# ").Append(b.Text).Append("\n\n"); break;
                case "h2": sb.Append("## ").Append(b.Text).Append("\n\n"); break;
                case "h3": sb.Append("### ").Append(b.Text).Append("\n\n"); break;
                case "p": sb.Append(b.Text).Append("\n\n"); break;
                case "li": sb.Append("- ").Append(b.Text).Append('\n'); break;
                case "table" or "table-stacked":
                    sb.Append("| ").Append(string.Join(" | ", b.Header!.Select(MdCell))).Append(" |\n");
                    sb.Append('|').Append(string.Concat(b.Header!.Select(_ => "---|"))).Append('\n');
                    foreach (var r in b.Rows!) sb.Append("| ").Append(string.Join(" | ", r.Select(MdCell))).Append(" |\n");
                    sb.Append('\n');
                    break;
                case "figure":
                    sb.Append($"![{b.Text}]({b.File}.svg)\n\n*{b.Text}* — data: [{b.File}.csv]({b.File}.csv){(ReproduceCommand is null ? "" : $"; reproduce: `{ReproduceCommand}`")}\n\n");
                    break;
            }
            last = b.Kind;
        }
        return sb.ToString();
    }

    private static string MdCell(string s) => s.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>Self-contained HTML rendering (SVG inlined).</summary>
    public string ToHtml(string title)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<style>body{font-family:Helvetica,Arial,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222;overflow-wrap:break-word}")
          .Append("table{border-collapse:collapse;margin:1em 0;font-size:0.9em;display:block;overflow-x:auto;max-width:100%}td,th{border:1px solid #bbb;padding:3px 7px;text-align:left;vertical-align:top}")
          .Append("th{background:#f0f0f0}figure{margin:1.5em 0}figure svg{width:100%;max-width:760px;height:auto;display:block}figcaption{font-style:italic;font-size:0.9em}code{background:#f4f4f4;overflow-wrap:anywhere}")
          .Append("@media (max-width:600px){body{padding:0 0.5em;margin:1em auto}table{font-size:0.8em}td,th{padding:2px 4px}")
          .Append("table.stacked,table.stacked tbody,table.stacked tr,table.stacked td{display:block;width:auto}table.stacked th{display:none}table.stacked tr{border:1px solid #bbb;margin:0 0 0.8em}")
          .Append("table.stacked td{border:none;border-top:1px solid #e4e4e4}table.stacked td::before{content:attr(data-label) \": \";font-weight:bold}}</style></head><body>\n");
        bool inList = false;
        foreach (var b in _blocks)
        {
            if (inList && b.Kind != "li") { sb.Append("</ul>\n"); inList = false; }
            switch (b.Kind)
            {
                case "h1" or "h2" or "h3": sb.Append($"<{b.Kind}>{Inline(b.Text)}</{b.Kind}>\n"); break;
                case "p": sb.Append($"<p>{Inline(b.Text)}</p>\n"); break;
                case "li":
                    if (!inList) { sb.Append("<ul>\n"); inList = true; }
                    sb.Append($"<li>{Inline(b.Text)}</li>\n");
                    break;
                case "table" or "table-stacked":
                    bool stacked = b.Kind == "table-stacked";
                    sb.Append(stacked ? "<table class=\"stacked\"><tr>" : "<table><tr>").Append(string.Concat(b.Header!.Select(h => $"<th>{Inline(h)}</th>"))).Append("</tr>\n");
                    foreach (var r in b.Rows!)
                        sb.Append("<tr>").Append(string.Concat(r.Select((c, i) => stacked && i < b.Header!.Length
                            ? $"<td data-label=\"{WebUtility.HtmlEncode(b.Header![i])}\">{Inline(c)}</td>" : $"<td>{Inline(c)}</td>"))).Append("</tr>\n");
                    sb.Append("</table>\n");
                    break;
                case "figure":
                    sb.Append("<figure>").Append(Files[b.File + ".svg"]).Append($"<figcaption>{Inline(b.Text)} (data: <a href=\"{WebUtility.HtmlEncode(b.File!)}.csv\">{WebUtility.HtmlEncode(b.File!)}.csv</a>{(ReproduceCommand is null ? "" : $"; reproduce: <code>{WebUtility.HtmlEncode(ReproduceCommand)}</code>")})</figcaption></figure>\n");
                    break;
            }
        }
        if (inList) sb.Append("</ul>\n");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    /// <summary>HTML-escapes text and renders **bold**, `code` and *italic* spans (as in the Markdown).</summary>
    private static string Inline(string text)
    {
        var s = WebUtility.HtmlEncode(text);
        s = System.Text.RegularExpressions.Regex.Replace(s, @"\*\*(.+?)\*\*", "<b>$1</b>");
        s = System.Text.RegularExpressions.Regex.Replace(s, @"`(.+?)`", "<code>$1</code>");
        s = System.Text.RegularExpressions.Regex.Replace(s, @"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])", "<i>$1</i>");
        return s;
    }

    /// <summary>Invariant-culture number formatting helper.</summary>
    public static string N(double v, string format = "G4") =>
        double.IsNaN(v) ? "n/a" : v.ToString(format, CultureInfo.InvariantCulture);
}
