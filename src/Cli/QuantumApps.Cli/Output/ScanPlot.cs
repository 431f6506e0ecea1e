using QuantumApps.Cli.Report;
using QuantumApps.Cli.Runners;

namespace QuantumApps.Cli.Output;

/// <summary>
/// SVG of a bond scan, drawn by <see cref="SvgChart"/>. Top panel: total energy (hartree) against bond length (ångström),
/// one line per method (VQE as markers). Bottom panel (when FCI was scanned with another method): |E − E_FCI| of every
/// other method on a log axis (values below 1e-10 Ha are drawn at 1e-10) with the 1.6 mHa chemical-accuracy line dashed.
/// </summary>
public static class ScanPlot
{
    private const double ChemicalAccuracy = QuantumApps.Chemistry.Molecules.PhysicalConstants.ChemicalAccuracyHartree, ErrorFloor = 1e-10;

    private static readonly Dictionary<string, string> Labels = new()
    {
        ["hf"] = "RHF", ["mp2"] = "MP2", ["ccsd"] = "CCSD", ["ccsd(t)"] = "CCSD(T)", ["fci"] = "FCI", ["vqe"] = "VQE",
    };

    /// <summary>The SVG document for <paramref name="points"/> (sorted by bond length inside).</summary>
    public static string Render(string title, IReadOnlyList<string> methods, IReadOnlyList<ScanPoint> points, string? vqeLabel = null)
    {
        var pts = points.OrderBy(p => p.BondAngstrom).ToArray();
        double[] x = pts.Select(p => p.BondAngstrom).ToArray();
        string Name(string m) => m == "vqe" && vqeLabel is not null ? $"{Labels[m]} ({vqeLabel})" : Labels[m];
        // VQE is drawn last, as markers on top of the lines
        var order = methods.Where(m => m != "vqe").Concat(methods.Where(m => m == "vqe")).ToArray();
        var energies = order.Select(m => new ChartSeries(Name(m), x, pts.Select(p => p.Energies.GetValueOrDefault(m) ?? double.NaN).ToArray(), NoLine: m == "vqe")).ToList();
        bool errors = methods.Contains("fci") && methods.Count > 1;
        var panels = new List<(ChartSpec, IReadOnlyList<ChartSeries>)>
        {
            (new ChartSpec(title, "Bond length / Å", "Energy / Ha"), energies),
        };
        if (errors && x.Length > 0)
        {
            var others = order.Where(m => m != "fci").ToArray();
            var err = others.Select(m => new ChartSeries(Name(m), x, pts.Select(p => Error(p, m) ?? double.NaN).ToArray(), NoLine: m == "vqe")).ToList();
            bool floored = err.Any(s => s.Y.Any(v => v <= ErrorFloor));
            err.Add(new ChartSeries("chemical accuracy 1.6 mHa", [x[0], x[^1]], [ChemicalAccuracy, ChemicalAccuracy], Dashed: true));
            panels.Add((new ChartSpec("Error against FCI" + (floored ? " (≤ 1e-10 drawn at 1e-10)" : ""), "Bond length / Å", "|E − E_FCI| / Ha", LogY: true), err));
        }
        return SvgChart.Render(panels);
    }

    private static double? Error(ScanPoint p, string method) =>
        p.Energies.GetValueOrDefault(method) is double e && p.Energies.GetValueOrDefault("fci") is double f ? Math.Max(Math.Abs(e - f), ErrorFloor) : null;
}
