using System.Globalization;
using System.Text.RegularExpressions;
using QuantumApps.Chemistry.Hamiltonians;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Chemistry.IO;

/// <summary>
/// Reads FCIDUMP files (Molpro/PySCF text format; see <see cref="FcidumpWriter"/>) into a
/// <see cref="MolecularHamiltonian"/>. The namelist header (from <c>&amp;FCI</c> to <c>&amp;END</c> or <c>/</c>)
/// must give NORB and NELEC; MS2 defaults to 0; ORBSYM and ISYM are accepted and ignored; UHF=.TRUE. is refused.
/// NumAlpha = (NELEC + MS2)/2, NumBeta = (NELEC − MS2)/2. Integral lines <c>value i j k l</c>: all indices
/// positive → (ij|kl) stored with 8-fold symmetry; k = l = 0 → h_ij (symmetric); j = k = l = 0 → orbital energy
/// (ignored); all zero → constant. The constant line is required (PySCF, Molpro and <see cref="FcidumpWriter"/> always
/// write it, last): without it the file is refused as truncated, never read as a Hamiltonian with missing integrals.
/// Errors name the source, line and problem.
/// </summary>
public static partial class FcidumpReader
{
    /// <summary>Cap of the dense (pq|rs) array read from a file, whatever the machine: 4 GiB (NORB ≤ 151).</summary>
    public const long MaxIntegralBytes = 4L << 30;

    /// <summary>Reads an FCIDUMP file.</summary>
    public static MolecularHamiltonian ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new QuantumAppsException($"{path}: file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses FCIDUMP text.</summary>
    public static MolecularHamiltonian Parse(string text, string sourceName = "<fcidump>")
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var header = new System.Text.StringBuilder();
        var lineIndex = 0;
        var started = false;
        var ended = false;
        for (; lineIndex < lines.Length; lineIndex++)
        {
            var line = lines[lineIndex].Trim();
            if (!started)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (!line.StartsWith("&FCI", StringComparison.OrdinalIgnoreCase))
                {
                    throw new QuantumAppsException($"{sourceName}:{lineIndex + 1}: expected the '&FCI' namelist header, got '{line}'");
                }

                started = true;
                line = line[4..];
            }

            var end = EndRegex().Match(line);
            if (end.Success)
            {
                header.Append(' ').Append(line[..end.Index]);
                ended = true;
                lineIndex++;
                break;
            }

            header.Append(' ').Append(line);
        }

        if (!ended)
        {
            throw new QuantumAppsException($"{sourceName}:{lineIndex}: header not terminated by '&END' or '/'");
        }

        var keys = ParseHeader(header.ToString());
        var headerLine = lineIndex;
        var norb = RequireInt(keys, "NORB", sourceName, headerLine);
        var nelec = RequireInt(keys, "NELEC", sourceName, headerLine);
        var ms2 = keys.TryGetValue("MS2", out var ms2Text) ? ParseInt(ms2Text, "MS2", sourceName, headerLine) : 0;
        if (keys.TryGetValue("UHF", out var uhf) && uhf.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            throw new QuantumAppsException($"{sourceName}:{headerLine}: UHF FCIDUMP files are not supported");
        }

        if (norb < 1 || nelec < 0 || nelec > 2 * norb)
        {
            throw new QuantumAppsException($"{sourceName}:{headerLine}: NORB={norb}, NELEC={nelec} is impossible");
        }

        if (Math.Abs(ms2) > nelec || (nelec + ms2) % 2 != 0 || (nelec + ms2) / 2 > norb || (nelec - ms2) / 2 > norb)
        {
            throw new QuantumAppsException(
                $"{sourceName}:{headerLine}: MS2={ms2} is inconsistent with NELEC={nelec} and NORB={norb} (parity or occupancy)");
        }

        var bytes = (long)norb * norb * norb * norb * sizeof(double);
        try
        {
            MemoryGuard.EnsureFits(bytes, $"NORB={norb}: the dense two-electron integrals", MemoryGuard.InputDataShare, MaxIntegralBytes);
        }
        catch (QuantumAppsException e)
        {
            throw new QuantumAppsException($"{sourceName}:{headerLine}: {e.Message}");
        }

        var h = new double[norb * norb];
        var g = new double[norb * norb * norb * norb];
        var constant = 0.0;
        var sawConstant = false;
        var lastLine = lineIndex;
        var idx = new int[4];
        for (; lineIndex < lines.Length; lineIndex++)
        {
            var lineNo = lineIndex + 1;
            var fields = lines[lineIndex].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                continue;
            }

            lastLine = lineNo;
            if (fields.Length != 5)
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: expected 'value i j k l', got '{lines[lineIndex].Trim()}'");
            }

            var valueText = fields[0].Replace('D', 'E').Replace('d', 'e');
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: malformed value '{fields[0]}' (column 1)");
            }

            if (!InputRange.Contains(value))
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: {InputRange.Problem("integral", fields[0], value)} (column 1)");
            }

            for (var c = 0; c < 4; c++)
            {
                if (!int.TryParse(fields[c + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out idx[c]) || idx[c] < 0 || idx[c] > norb)
                {
                    throw new QuantumAppsException(
                        $"{sourceName}:{lineNo}: index '{fields[c + 1]}' (column {c + 2}) must be an integer 0..NORB={norb}");
                }
            }

            int i = idx[0] - 1, j = idx[1] - 1, k = idx[2] - 1, l = idx[3] - 1;
            if (i >= 0 && j >= 0 && k >= 0 && l >= 0)
            {
                foreach (var (a, b, c, d) in new[] { (i, j, k, l), (j, i, k, l), (i, j, l, k), (j, i, l, k), (k, l, i, j), (l, k, i, j), (k, l, j, i), (l, k, j, i) })
                {
                    g[((a * norb + b) * norb + c) * norb + d] = value;
                }
            }
            else if (i >= 0 && j >= 0 && k < 0 && l < 0)
            {
                h[i * norb + j] = value;
                h[j * norb + i] = value;
            }
            else if (i >= 0 && j < 0 && k < 0 && l < 0)
            {
                // Orbital energy line (Molpro convention); not part of the Hamiltonian.
            }
            else if (i < 0 && j < 0 && k < 0 && l < 0)
            {
                constant = value;
                sawConstant = true;
            }
            else
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: index pattern {idx[0]} {idx[1]} {idx[2]} {idx[3]} is not valid FCIDUMP");
            }
        }

        if (!sawConstant)
        {
            throw new QuantumAppsException(
                $"{sourceName}:{lastLine}: no core-energy line 'value 0 0 0 0' (FCIDUMP writers end with it); the file looks truncated");
        }

        return new MolecularHamiltonian(constant, norb, (nelec + ms2) / 2, (nelec - ms2) / 2, h, g);
    }

    /// <summary>
    /// The KEY=value pairs of the namelist: each '=' preceded by an identifier (letter, then letters, digits or '_')
    /// starts a key; its value runs to the next key, trimmed, without a trailing comma. One pass over the text (a
    /// regular expression with look-ahead was quadratic on a long line without '=').
    /// </summary>
    private static Dictionary<string, string> ParseHeader(string header)
    {
        var keys = new List<(string Key, int KeyStart, int ValueStart)>();
        for (var e = header.IndexOf('='); e >= 0; e = header.IndexOf('=', e + 1))
        {
            var end = e;
            while (end > 0 && char.IsWhiteSpace(header[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsAsciiLetterOrDigit(header[start - 1]) || header[start - 1] == '_'))
            {
                start--;
            }

            if (start < end && char.IsAsciiLetter(header[start]))
            {
                keys.Add((header[start..end], start, e + 1));
            }
        }

        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < keys.Count; k++)
        {
            var valueEnd = k + 1 < keys.Count ? keys[k + 1].KeyStart : header.Length;
            result[keys[k].Key] = header[keys[k].ValueStart..Math.Max(keys[k].ValueStart, valueEnd)].Trim().TrimEnd(',');
        }

        return result;
    }

    private static int RequireInt(Dictionary<string, string> keys, string key, string source, int line) =>
        keys.TryGetValue(key, out var text)
            ? ParseInt(text, key, source, line)
            : throw new QuantumAppsException($"{source}:{line}: header lacks {key}=");

    private static int ParseInt(string text, string key, string source, int line) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new QuantumAppsException($"{source}:{line}: {key}='{text}' is not an integer");

    [GeneratedRegex(@"(?:&END|/)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndRegex();
}
