using System.Globalization;
using CsvHelper;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Cli.IO;

/// <summary>
/// CSV of a bond scan (CsvHelper, invariant culture): header <c>bond_angstrom,&lt;method&gt;…[,vqe_error][,vqe_exit]</c>,
/// one row per geometry, energies in hartree with round-trip precision; an empty cell means no energy (CCSD not
/// converged). Reading refuses a truncated row (fewer cells than the header, or a last line without its line end).
/// vqe_error = E_VQE − E_FCI (present when both vqe and fci are scanned); vqe_exit the VQE stop reason.
/// </summary>
public static class ScanCsv
{
    /// <summary>The header for the given methods (canonical order).</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> methods)
    {
        var h = new List<string> { "bond_angstrom" };
        h.AddRange(methods);
        if (methods.Contains("vqe") && methods.Contains("fci")) h.Add("vqe_error");
        if (methods.Contains("vqe")) h.Add("vqe_exit");
        return h;
    }

    /// <summary>The CSV text.</summary>
    public static string Write(IReadOnlyList<string> methods, IEnumerable<ScanPoint> points)
    {
        var header = Header(methods);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var p in points)
            {
                var cells = new List<string> { Format(p.BondAngstrom) };
                foreach (var m in methods) cells.Add(p.Energies.GetValueOrDefault(m) is double e ? Format(e) : "");
                if (header.Contains("vqe_error")) cells.Add(p.VqeError is double d ? Format(d) : "");
                if (header.Contains("vqe_exit")) cells.Add(p.VqeExitReason ?? "");
                csv.WriteRecord(cells.ToArray());
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Reads the rows of an existing scan CSV written for the same methods (the header must match exactly; otherwise
    /// the file belongs to another scan and is refused, naming the file).
    /// </summary>
    public static IReadOnlyList<ScanPoint> Read(string text, string path, IReadOnlyList<string> methods)
    {
        var expected = Header(methods);
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (!text.EndsWith('\n'))
        {
            int last = text.Count(c => c == '\n') + 1;
            throw new QuantumAppsException($"{path}: line {last}: truncated row (no line end); remove that line or drop --resume");
        }

        // The cells this class writes never contain commas or quotes, so a row's cell count is its comma count + 1.
        var lines = text.Split('\n');
        int columns = lines[0].TrimEnd('\r').Split(',').Length;
        for (int k = 1; k < lines.Length; k++)
        {
            string row = lines[k].TrimEnd('\r');
            if (row.Length > 0 && row.Split(',').Length != columns)
                throw new QuantumAppsException($"{path}: line {k + 1}: truncated row ({row.Split(',').Length} of {columns} columns); remove that line or drop --resume");
        }

        try
        {
            return ReadRows(text, path, methods, expected);
        }
        catch (Exception e) when (e is CsvFormatException or CsvValidationException)
        {
            throw new QuantumAppsException($"{path}: malformed CSV ({e.Message})");
        }
    }

    private static IReadOnlyList<ScanPoint> ReadRows(string text, string path, IReadOnlyList<string> methods, IReadOnlyList<string> expected)
    {
        using var csv = CsvReader.FromText(text, null);
        var header = csv.Headers.ToArray();
        if (!header.SequenceEqual(expected))
            throw new QuantumAppsException($"{path}: line 1: header '{string.Join(",", header)}' does not match this scan's columns '{string.Join(",", expected)}'; remove the file or drop --resume");
        var points = new List<ScanPoint>();
        int line = 1;
        while (csv.Read())
        {
            line++;
            double bond = Parse(csv.GetString(0), path, line, "bond_angstrom") ?? throw new QuantumAppsException($"{path}: line {line}: empty bond length");
            var energies = new Dictionary<string, double?>();
            for (int k = 0; k < methods.Count; k++) energies[methods[k]] = Parse(csv.GetString(k + 1), path, line, methods[k]);
            string? exit = methods.Contains("vqe") ? csv.GetString(expected.Count - 1) : null;
            points.Add(new ScanPoint(bond, energies, string.IsNullOrEmpty(exit) ? null : exit));
        }
        return points;
    }

    private static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static double? Parse(string? field, string path, int line, string column)
    {
        if (string.IsNullOrWhiteSpace(field)) return null;
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
            throw new QuantumAppsException($"{path}: line {line}: column {column}: '{field}' is not a number");
        if (!InputRange.Contains(v))
            throw new QuantumAppsException($"{path}: line {line}: column {column}: {InputRange.Problem("value", field, v)}");
        return v;
    }
}
