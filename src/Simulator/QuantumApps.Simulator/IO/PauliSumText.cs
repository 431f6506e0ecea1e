using System.Globalization;
using System.Numerics;
using System.Text;
using QuantumApps.Simulator.Operators;

namespace QuantumApps.Simulator.IO;

/// <summary>
/// Reads and writes the Pauli-sum text format documented on <see cref="PauliSum"/>: one term per line,
/// coefficient first (real, or <c>(re,im)</c>), then letters with qubit indices (<c>X0 Y2</c>) or a compact
/// label (<c>XIY</c>, qubit 0 first); <c>#</c> comments; optional <c>qubits N</c> line.
/// </summary>
public static class PauliSumText
{
    /// <summary>Parses <paramref name="text"/>; errors name <paramref name="sourceName"/>, line and column.</summary>
    public static PauliSum Parse(string text, string? sourceName = null)
    {
        string src = sourceName ?? "<input>";
        var terms = new List<PauliTerm>();
        int declaredQubits = -1, maxQubit = -1, compactWidth = -1, widest = 0, widestLine = 0;
        string[] lines = text.Split('\n');
        for (int li = 0; li < lines.Length; li++)
        {
            string raw = lines[li].TrimEnd('\r');
            int hash = raw.IndexOf('#');
            string line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line)) continue;
            string where = $"{src}:{li + 1}";
            int lead = line.Length - line.TrimStart().Length;
            string body = line.Trim();
            if (body.StartsWith("qubits", StringComparison.OrdinalIgnoreCase))
            {
                string n = body[6..].Trim();
                if (!int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out declaredQubits) || declaredQubits < 1 || declaredQubits > 64)
                    throw new QuantumAppsException($"{where}:{lead + 7}: 'qubits' must be followed by a whole number 1..64, not '{n}'");
                continue;
            }
            int split = body.IndexOfAny([' ', '\t']);
            string coefText = split < 0 ? body : body[..split];
            string label = split < 0 ? "" : body[(split + 1)..];
            if (!TryParseCoefficient(coefText, out Complex c))
                throw new QuantumAppsException($"{where}:{lead + 1}: '{coefText}' is not a coefficient (expected a number |x| <= 1e15 such as -0.0453 or (0.1,-0.2))");
            int labelCol = lead + (split < 0 ? body.Length : split + 1) + 1;
            string trimmedLabel = label.Trim();
            labelCol += label.Length - label.TrimStart().Length;
            if (!PauliString.TryParse(trimmedLabel, out var p, out string? err))
                throw new QuantumAppsException($"{where}:{AdjustColumn(err!, labelCol)}");
            bool compact = trimmedLabel.Length > 0 && !trimmedLabel.Any(char.IsDigit) && trimmedLabel != "I";
            if (compact)
            {
                if (compactWidth >= 0 && compactWidth != trimmedLabel.Length)
                    throw new QuantumAppsException($"{where}:{labelCol}: compact label has {trimmedLabel.Length} letters but earlier lines have {compactWidth}");
                compactWidth = trimmedLabel.Length;
            }
            maxQubit = Math.Max(maxQubit, p.MaxQubit);
            int width = Math.Max(p.MaxQubit + 1, compact ? trimmedLabel.Length : 0);
            if (width > widest) (widest, widestLine) = (width, li + 1);
            terms.Add(new PauliTerm(p, c));
        }
        int n0 = Math.Max(Math.Max(maxQubit + 1, compactWidth), 1);
        if (declaredQubits >= 0)
        {
            if (declaredQubits < n0) throw new QuantumAppsException($"{src}:{widestLine}: this term acts on qubit {n0 - 1} but the file declares 'qubits {declaredQubits}'");
            n0 = declaredQubits;
        }
        if (terms.Count == 0) throw new QuantumAppsException($"{src}: no Pauli terms found");
        return PauliSum.FromTerms(n0, terms, 0.0);
    }

    private static string AdjustColumn(string error, int labelStartColumn)
    {
        const string prefix = "column ";
        if (!error.StartsWith(prefix, StringComparison.Ordinal)) return $"{labelStartColumn}: {error}";
        int colon = error.IndexOf(':');
        int inner = int.Parse(error.AsSpan(prefix.Length, colon - prefix.Length), CultureInfo.InvariantCulture);
        return $"{labelStartColumn + inner - 1}:{error[(colon + 1)..]}";
    }

    private static bool TryParseCoefficient(string s, out Complex c)
    {
        c = Complex.Zero;
        const NumberStyles style = NumberStyles.Float;
        var inv = CultureInfo.InvariantCulture;
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            var parts = s[1..^1].Split(',');
            if (parts.Length != 2) return false;
            if (!double.TryParse(parts[0], style, inv, out double re) || !double.TryParse(parts[1], style, inv, out double im)) return false;
            if (!InputRange.Contains(re) || !InputRange.Contains(im)) return false;
            c = new Complex(re, im);
            return true;
        }
        if (!double.TryParse(s, style, inv, out double r) || !InputRange.Contains(r)) return false;
        c = r;
        return true;
    }

    /// <summary>Formats one term per line with round-trip ("R") precision.</summary>
    public static string Format(PauliSum sum, bool compact)
    {
        var sb = new StringBuilder();
        sb.Append("qubits ").Append(sum.NumQubits.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var t in sum.Terms)
        {
            sb.Append(FormatCoefficient(t.Coefficient)).Append(' ');
            sb.Append(compact ? t.Pauli.ToCompactLabel(sum.NumQubits) : t.Pauli.ToLabel());
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string FormatCoefficient(Complex c)
    {
        var inv = CultureInfo.InvariantCulture;
        return c.Imaginary == 0
            ? c.Real.ToString("R", inv)
            : $"({c.Real.ToString("R", inv)},{c.Imaginary.ToString("R", inv)})";
    }
}
