using System.Globalization;
using System.Text;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Output;

/// <summary>
/// Hand-written SVG of a bond scan. Top panel: total energy (hartree) against bond length (ångström), one line per
/// method (VQE drawn as markers on top), with axes, ticks, labels and a legend. Bottom panel (when FCI was scanned):
/// |E − E_FCI| of every other method on a log axis (values below 1e-10 Ha are drawn at 1e-10) with the 1.6 mHa
/// chemical-accuracy line dashed.
/// </summary>
public static class ScanPlot
{
    private const double Width = 930, Left = 95, Right = 700, Top = 55, TopBottom = 395, ErrTop = 470, ErrBottom = 720;
    private const double ChemicalAccuracy = QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree, ErrorFloor = 1e-10;

    private static readonly Dictionary<string, (string Color, string Label)> Styles = new()
    {
        ["hf"] = ("#1f77b4", "RHF"),
        ["mp2"] = ("#ff7f0e", "MP2"),
        ["ccsd"] = ("#2ca02c", "CCSD"),
        ["fci"] = ("#000000", "FCI"),
        ["vqe"] = ("#d62728", "VQE"),
    };

    /// <summary>The SVG document for <paramref name="points"/> (sorted by bond length inside).</summary>
    public static string Render(string title, IReadOnlyList<string> methods, IReadOnlyList<ScanPoint> points, string? vqeLabel = null)
    {
        var pts = points.OrderBy(p => p.BondAngstrom).ToArray();
        bool errors = methods.Contains("fci") && methods.Count > 1;
        double height = errors ? 790 : 460;
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n"));
        svg.Append(Inv($"<rect width=\"{Width}\" height=\"{height}\" fill=\"white\"/>\n"));
        svg.Append(Inv($"<text x=\"{(Left + Right) / 2}\" y=\"28\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Escape(title)}</text>\n"));
        if (pts.Length == 0)
        {
            svg.Append("<text x=\"100\" y=\"100\">no points</text>\n</svg>\n");
            return svg.ToString();
        }

        double xMin = pts[0].BondAngstrom, xMax = pts[^1].BondAngstrom;
        if (xMax - xMin < 1e-9) { xMin -= 0.1; xMax += 0.1; }
        // The x axis spans the data (2% margin each side); ticks are drawn only inside it.
        double pad = 0.02 * (xMax - xMin);
        double xLo = xMin - pad, xHi = xMax + pad;
        var xTicks = NiceTicks(xLo, xHi);
        double X(double v) => Left + (v - xLo) / (xHi - xLo) * (Right - Left);

        var all = pts.SelectMany(p => methods.Select(m => p.Energies.GetValueOrDefault(m))).OfType<double>().ToArray();
        double yMin = all.Length > 0 ? all.Min() : -1, yMax = all.Length > 0 ? all.Max() : 0;
        if (yMax - yMin < 1e-9) { yMin -= 0.01; yMax += 0.01; }
        var yTicks = NiceTicks(yMin, yMax);
        double yLo = Math.Min(yMin, yTicks[0]), yHi = Math.Max(yMax, yTicks[^1]);
        double Y(double v) => TopBottom - (v - yLo) / (yHi - yLo) * (TopBottom - Top);

        Frame(svg, Top, TopBottom, xTicks, X, yTicks.Select(t => (Y(t), Label(t, yTicks))).ToArray(), "Energy / Ha", errors ? null : "Bond length / Å");
        foreach (var m in methods.Where(m => m != "vqe").Append("vqe").Where(methods.Contains))
            Series(svg, pts, p => p.Energies.GetValueOrDefault(m), X, Y, Styles[m].Color, marker: m == "vqe");
        Legend(svg, methods, Top + 10, vqeLabel);

        if (errors)
        {
            var others = methods.Where(m => m != "fci").ToArray();
            var errs = pts.SelectMany(p => others.Select(m => Error(p, m))).OfType<double>().Append(ChemicalAccuracy).ToArray();
            int dLo = (int)Math.Floor(Math.Log10(errs.Min())), dHi = (int)Math.Ceiling(Math.Log10(errs.Max()));
            if (dHi <= dLo) dHi = dLo + 1;
            int stride = (dHi - dLo + 7) / 8;
            double E(double v) => ErrBottom - (Math.Log10(v) - dLo) / (dHi - dLo) * (ErrBottom - ErrTop);
            var ticks = new List<(double, string)>();
            for (int d = dLo; d <= dHi; d += stride) ticks.Add((E(Math.Pow(10, d)), d == 0 ? "1" : Inv($"1e{d}")));
            Frame(svg, ErrTop, ErrBottom, xTicks, X, ticks.ToArray(), "|E − E_FCI| / Ha", "Bond length / Å");
            double ca = E(ChemicalAccuracy);
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{ca:F1}\" x2=\"{Right}\" y2=\"{ca:F1}\" stroke=\"#7f7f7f\" stroke-width=\"1.5\" stroke-dasharray=\"6,4\"/>\n"));
            svg.Append(Inv($"<text x=\"{Right + 8}\" y=\"{ca + 4:F1}\" fill=\"#555555\">1.6 mHa</text>\n"));
            foreach (var m in others)
                Series(svg, pts, p => Error(p, m), X, E, Styles[m].Color, marker: m == "vqe");
            if (errs.Min() <= ErrorFloor)
                svg.Append(Inv($"<text x=\"{Right + 8}\" y=\"{ErrBottom + 4}\" fill=\"#555555\" font-size=\"11\">≤ 1e-10 drawn at 1e-10</text>\n"));
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static double? Error(ScanPoint p, string method) =>
        p.Energies.GetValueOrDefault(method) is double e && p.Energies.GetValueOrDefault("fci") is double f ? Math.Max(Math.Abs(e - f), ErrorFloor) : null;

    private static void Frame(StringBuilder svg, double top, double bottom, double[] xTicks, Func<double, double> x,
        (double Y, string Label)[] yTicks, string yLabel, string? xLabel)
    {
        svg.Append(Inv($"<rect x=\"{Left}\" y=\"{top}\" width=\"{Right - Left}\" height=\"{bottom - top}\" fill=\"none\" stroke=\"black\"/>\n"));
        foreach (double t in xTicks)
        {
            double px = x(t);
            if (px < Left - 0.5 || px > Right + 0.5) continue;
            svg.Append(Inv($"<line x1=\"{px:F1}\" y1=\"{top}\" x2=\"{px:F1}\" y2=\"{bottom}\" stroke=\"#e6e6e6\"/>\n"));
            svg.Append(Inv($"<line x1=\"{px:F1}\" y1=\"{bottom}\" x2=\"{px:F1}\" y2=\"{bottom + 5}\" stroke=\"black\"/>\n"));
            svg.Append(Inv($"<text x=\"{px:F1}\" y=\"{bottom + 19}\" text-anchor=\"middle\">{Label(t, xTicks)}</text>\n"));
        }
        foreach (var (py, label) in yTicks)
        {
            if (py < top - 0.5 || py > bottom + 0.5) continue;
            svg.Append(Inv($"<line x1=\"{Left}\" y1=\"{py:F1}\" x2=\"{Right}\" y2=\"{py:F1}\" stroke=\"#e6e6e6\"/>\n"));
            svg.Append(Inv($"<line x1=\"{Left - 5}\" y1=\"{py:F1}\" x2=\"{Left}\" y2=\"{py:F1}\" stroke=\"black\"/>\n"));
            svg.Append(Inv($"<text x=\"{Left - 8}\" y=\"{py + 4:F1}\" text-anchor=\"end\">{label}</text>\n"));
        }
        double mid = (top + bottom) / 2;
        svg.Append(Inv($"<text x=\"22\" y=\"{mid:F1}\" text-anchor=\"middle\" transform=\"rotate(-90 22 {mid:F1})\">{Escape(yLabel)}</text>\n"));
        if (xLabel is not null)
            svg.Append(Inv($"<text x=\"{(Left + Right) / 2}\" y=\"{bottom + 42}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n"));
    }

    private static void Series(StringBuilder svg, ScanPoint[] pts, Func<ScanPoint, double?> value, Func<double, double> x, Func<double, double> y, string color, bool marker)
    {
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1 && !marker)
                svg.Append(Inv($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{string.Join(" ", segment)}\"/>\n"));
            segment.Clear();
        }
        foreach (var p in pts)
        {
            if (value(p) is not double v) { Flush(); continue; }
            double px = x(p.BondAngstrom), py = y(v);
            segment.Add(Inv($"{px:F1},{py:F1}"));
            if (marker) svg.Append(Inv($"<circle cx=\"{px:F1}\" cy=\"{py:F1}\" r=\"3.5\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\"/>\n"));
        }
        Flush();
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> methods, double top, string? vqeLabel)
    {
        double x0 = Right + 15, y = top;
        foreach (var m in methods)
        {
            var (color, label) = Styles[m];
            if (m == "vqe")
                svg.Append(Inv($"<circle cx=\"{x0 + 12}\" cy=\"{y:F1}\" r=\"3.5\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\"/>\n"));
            else
                svg.Append(Inv($"<line x1=\"{x0}\" y1=\"{y:F1}\" x2=\"{x0 + 24}\" y2=\"{y:F1}\" stroke=\"{color}\" stroke-width=\"2\"/>\n"));
            string text = m == "vqe" && vqeLabel is not null ? $"{label} ({vqeLabel})" : label;
            svg.Append(Inv($"<text x=\"{x0 + 32}\" y=\"{y + 4:F1}\">{Escape(text)}</text>\n"));
            y += 22;
        }
    }

    /// <summary>Ticks at multiples of 1, 2 or 5 × 10^k covering [lo, hi] with at most about 8 intervals.</summary>
    internal static double[] NiceTicks(double lo, double hi)
    {
        double raw = (hi - lo) / 6;
        double mag = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double start = Math.Floor(lo / step + 1e-9) * step, end = Math.Ceiling(hi / step - 1e-9) * step;
        var ticks = new List<double>();
        for (int k = 0; start + k * step <= end + step * 1e-6; k++) ticks.Add(Math.Round(start + k * step, 12));
        return ticks.ToArray();
    }

    private static string Label(double v, double[] ticks)
    {
        double step = ticks.Length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = Math.Max(0, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));
        return v.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace("-", "−");
    }

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
