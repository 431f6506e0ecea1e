using System.Globalization;
using System.Text;

namespace QuantumApps.Cli.Report;

/// <summary>
/// Hand-written SVG line/scatter charts: frame, ticks and grid (1-2-5 steps on linear axes, integer steps when every
/// value on the axis is an integer, decades with 2 and 5 minor labels on short log axes), axis labels, title, the legend
/// below the plot in two columns (so it never widens the figure), optional error bars and dashed lines. The SVG has a
/// <c>viewBox</c> and scales with its container. Non-finite points (and non-positive ones on a log axis) are skipped,
/// never clamped to a floor. No scripts, fonts or network access.
/// </summary>
public static class SvgChart
{
    private const int Width = 640, PlotHeight = 330, Left = 74, Right = 18, Top = 36, Bottom = 52, LegendLine = 15, LegendColumnChars = 40;
    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];

    /// <summary>Renders the chart as a standalone SVG document.</summary>
    public static string Render(ChartSpec spec, IReadOnlyList<ChartSeries> series) => Render([(spec, series)]);

    /// <summary>
    /// Renders charts stacked top to bottom in one SVG document (each panel with its own title, axes and legend; the
    /// same drawing code as a single chart).
    /// </summary>
    public static string Render(IReadOnlyList<(ChartSpec Spec, IReadOnlyList<ChartSeries> Series)> panels)
    {
        ArgumentOutOfRangeException.ThrowIfZero(panels.Count);
        var body = new StringBuilder();
        int offset = 0;
        foreach (var (spec, series) in panels) offset += Panel(body, spec, series, offset);
        var sb = new StringBuilder();
        sb.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{offset}\" viewBox=\"0 0 {Width} {offset}\" preserveAspectRatio=\"xMidYMin meet\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"13\">\n"));
        sb.Append(F($"<rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{offset}\" fill=\"white\"/>\n"));
        sb.Append(body);
        sb.Append("</svg>\n");
        return sb.ToString();
    }

    /// <summary>The legend rows: each entry's wrapped lines, laid out in two columns (left column first).</summary>
    private static List<List<string>> LegendEntries(IReadOnlyList<ChartSeries> series) => series.Select(s => Wrap(s.Name, LegendColumnChars)).ToList();

    /// <summary>One chart (title, grid, ticks, frame, axis labels, series, legend below) with its top edge at <paramref name="offset"/>; returns its height.</summary>
    private static int Panel(StringBuilder sb, ChartSpec spec, IReadOnlyList<ChartSeries> series, int offset)
    {
        int Top = SvgChart.Top + offset;
        var pts = series.SelectMany(s => Enumerable.Range(0, s.X.Count).Select(i => (x: s.X[i], y: s.Y[i], e: s.Error?[i] ?? 0)))
            .Where(p => Usable(p.x, spec.LogX) && Usable(p.y, spec.LogY)).ToList();
        if (pts.Count == 0) pts.Add((1, 1, 0));
        var (x0, x1) = Range(pts.Select(p => p.x), spec.LogX, spec.XMin, spec.XMax, pad: false);
        var (y0, y1) = Range(pts.SelectMany(p => new[] { p.y - p.e, p.y + p.e }).Where(v => Usable(v, spec.LogY)), spec.LogY, spec.YMin, spec.YMax, pad: true);
        bool integerX = !spec.LogX && pts.All(p => IsInteger(p.x));
        bool integerY = !spec.LogY && pts.All(p => IsInteger(p.y) && p.e == 0);
        double pw = Width - Left - Right, ph = PlotHeight - SvgChart.Top - Bottom;
        double Sx(double x) => Left + pw * (Tr(x, spec.LogX) - Tr(x0, spec.LogX)) / (Tr(x1, spec.LogX) - Tr(x0, spec.LogX));
        double Sy(double y) => Top + ph * (1 - (Tr(Math.Clamp(y, y0, y1), spec.LogY) - Tr(y0, spec.LogY)) / (Tr(y1, spec.LogY) - Tr(y0, spec.LogY)));

        sb.Append(F($"<text x=\"{Width / 2.0:0.#}\" y=\"{22 + offset}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{Esc(spec.Title)}</text>\n"));
        foreach (var (t, label) in Ticks(x0, x1, spec.LogX, integerX))
        {
            double x = Sx(t);
            sb.Append(F($"<line x1=\"{x:0.#}\" y1=\"{Top}\" x2=\"{x:0.#}\" y2=\"{Top + ph:0.#}\" stroke=\"#e4e4e4\"/>\n"));
            sb.Append(F($"<line x1=\"{x:0.#}\" y1=\"{Top + ph:0.#}\" x2=\"{x:0.#}\" y2=\"{Top + ph + 5:0.#}\" stroke=\"black\"/>\n"));
            if (label) sb.Append(F($"<text x=\"{x:0.#}\" y=\"{Top + ph + 19:0.#}\" text-anchor=\"middle\">{Esc(Label(t))}</text>\n"));
        }
        foreach (var (t, label) in Ticks(y0, y1, spec.LogY, integerY))
        {
            double y = Sy(t);
            sb.Append(F($"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Left + pw:0.#}\" y2=\"{y:0.#}\" stroke=\"#e4e4e4\"/>\n"));
            sb.Append(F($"<line x1=\"{Left - 5}\" y1=\"{y:0.#}\" x2=\"{Left}\" y2=\"{y:0.#}\" stroke=\"black\"/>\n"));
            if (label) sb.Append(F($"<text x=\"{Left - 8}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Esc(Label(t))}</text>\n"));
        }
        sb.Append(F($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{pw:0.#}\" height=\"{ph:0.#}\" fill=\"none\" stroke=\"black\"/>\n"));
        sb.Append(F($"<text x=\"{Left + pw / 2:0.#}\" y=\"{Top + ph + 38:0.#}\" text-anchor=\"middle\" font-size=\"14\">{Esc(spec.XLabel + (spec.LogX ? " (log scale)" : ""))}</text>\n"));
        sb.Append(F($"<text transform=\"translate(18,{Top + ph / 2:0.#}) rotate(-90)\" text-anchor=\"middle\" font-size=\"14\">{Esc(spec.YLabel + (spec.LogY ? " (log scale)" : ""))}</text>\n"));

        var entries = LegendEntries(series);
        int half = (entries.Count + 1) / 2;
        double columnWidth = (Width - 2.0 * 12) / 2;
        double legendTop = offset + PlotHeight + 8;
        double[] columnY = [legendTop, legendTop];
        for (int k = 0; k < series.Count; k++)
        {
            var s = series[k];
            string color = Palette[k % Palette.Length];
            var good = Enumerable.Range(0, s.X.Count).Where(i => Usable(s.X[i], spec.LogX) && Usable(s.Y[i], spec.LogY)).ToList();
            if (!s.NoLine && good.Count > 1)
            {
                string path = string.Join(" ", good.Select((i, j) => F($"{(j == 0 ? "M" : "L")}{Sx(s.X[i]):0.##},{Sy(s.Y[i]):0.##}")));
                sb.Append(F($"<path d=\"{path}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6,4\"" : "")}/>\n"));
            }
            foreach (int i in good)
            {
                double x = Sx(s.X[i]), y = Sy(s.Y[i]);
                if (s.Error is not null && s.Error[i] > 0)
                {
                    double lo = s.Y[i] - s.Error[i], hi = s.Y[i] + s.Error[i];
                    double ylo = Usable(lo, spec.LogY) ? Sy(lo) : Top + ph, yhi = Sy(hi);
                    sb.Append(F($"<line x1=\"{x:0.##}\" y1=\"{ylo:0.##}\" x2=\"{x:0.##}\" y2=\"{yhi:0.##}\" stroke=\"{color}\"/>\n"));
                }
                // two-point dashed series are reference lines: no markers at their ends
                if (!s.Dashed || s.X.Count > 2) sb.Append(Marker(x, y, k, s.Dashed, color));
            }
            int column = k < half ? 0 : 1;
            double lx = 12 + column * columnWidth, ly = columnY[column] + 10;
            if (!s.NoLine)
                sb.Append(F($"<line x1=\"{lx:0.#}\" y1=\"{ly:0.#}\" x2=\"{lx + 22:0.#}\" y2=\"{ly:0.#}\" stroke=\"{color}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6,4\"" : "")}/>\n"));
            if (!s.Dashed || s.X.Count > 2) sb.Append(Marker(lx + 11, ly, k, s.Dashed, color));
            var lines = entries[k];
            for (int li = 0; li < lines.Count; li++)
                sb.Append(F($"<text x=\"{lx + 28:0.#}\" y=\"{ly + 4 + LegendLine * li:0.#}\" font-size=\"12\">{Esc(lines[li])}</text>\n"));
            columnY[column] += 4 + LegendLine * lines.Count;
        }
        return (int)Math.Ceiling(Math.Max(columnY[0], columnY[1]) - offset + 10);
    }

    private static bool IsInteger(double v) => Math.Abs(v - Math.Round(v)) < 1e-9;

    /// <summary>Filled circle for solid series; hollow circles of growing radius for dashed (reference) series so that coinciding ones stay visible.</summary>
    private static string Marker(double x, double y, int k, bool hollow, string color) => hollow
        ? F($"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"{3 + 1.6 * (k % 4):0.#}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.4\"/>\n")
        : F($"<circle cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"3.2\" fill=\"{color}\"/>\n");

    /// <summary>Greedy word wrap of legend labels.</summary>
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width) { lines.Add(current.ToString()); current.Clear(); }
            if (current.Length > 0) current.Append(' ');
            current.Append(word);
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    private static bool Usable(double v, bool log) => double.IsFinite(v) && (!log || v > 0);

    private static double Tr(double v, bool log) => log ? Math.Log10(v) : v;

    private static (double, double) Range(IEnumerable<double> values, bool log, double? min, double? max, bool pad)
    {
        var list = values.ToList();
        if (list.Count == 0) list.Add(1);
        double lo = min ?? list.Min(), hi = max ?? list.Max();
        if (log)
        {
            if (min is null) lo = Math.Pow(10, Math.Floor(Math.Log10(lo) + 1e-9));
            if (max is null) hi = Math.Pow(10, Math.Ceiling(Math.Log10(hi) - 1e-9));
            if (hi <= lo) hi = lo * 10;
            return (lo, hi);
        }
        if (hi <= lo) { lo -= Math.Max(1e-12, Math.Abs(lo) * 0.05 + 0.5); hi = lo + 2 * Math.Max(1e-12, Math.Abs(lo) * 0.05 + 0.5); }
        double span = hi - lo;
        if (pad)
        {
            if (min is null) lo -= 0.06 * span;
            if (max is null) hi += 0.06 * span;
        }
        return (lo, hi);
    }

    /// <summary>Tick positions and whether to label them; <paramref name="integer"/> restricts a linear axis to integer steps.</summary>
    private static IEnumerable<(double Value, bool Label)> Ticks(double lo, double hi, bool log, bool integer)
    {
        if (log)
        {
            int a = (int)Math.Floor(Math.Log10(lo) + 1e-9), b = (int)Math.Ceiling(Math.Log10(hi) - 1e-9);
            int decades = b - a;
            int stride = Math.Max(1, (int)Math.Ceiling(decades / 8.0));
            for (int e = a; e <= b; e++)
            {
                double d = Math.Pow(10, e);
                if (d >= lo * (1 - 1e-9) && d <= hi * (1 + 1e-9)) yield return (d, (e - a) % stride == 0);
                if (decades <= 2)
                    foreach (double m in new[] { 2.0, 5.0 })
                        if (m * d > lo && m * d < hi) yield return (m * d, true);
            }
            yield break;
        }
        double raw = (hi - lo) / 6;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        // an integer axis (qubits, depth, nodes) gets integer ticks only: steps of 1, 2, 5, 10, …
        if (integer) step = Math.Max(1, Math.Round(step));
        for (double t = Math.Ceiling(lo / step - 1e-9) * step; t <= hi + 1e-9 * step; t += step)
            yield return (Math.Abs(t) < step * 1e-9 ? 0 : t, true);
    }

    private static string Label(double v)
    {
        double a = Math.Abs(v);
        if (a != 0 && (a < 1e-3 || a >= 1e5))
        {
            int e = (int)Math.Floor(Math.Log10(a));
            double m = v / Math.Pow(10, e);
            return Math.Abs(m - 1) < 1e-9 ? $"1e{e}" : F($"{m:0.#}e{e}");
        }
        return v.ToString("G4", CultureInfo.InvariantCulture);
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    internal static string Esc(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
