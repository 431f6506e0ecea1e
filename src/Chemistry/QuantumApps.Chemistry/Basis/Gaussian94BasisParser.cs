using System.Globalization;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Chemistry.Basis;

/// <summary>
/// Parses basis sets in Gaussian94 format as distributed by the Basis Set Exchange and bundled with psi4
/// (<c>.gbs</c>): optional header "spherical"/"cartesian", '!' comments, blocks separated by <c>****</c>,
/// each block <c>Symbol 0</c> followed by shells <c>TYPE nprim scale</c> and nprim lines
/// <c>exponent coef</c> (or <c>exponent coefS coefP</c> for SP/L shells). Fortran 'D' exponents are accepted;
/// the scale factor multiplies exponents by scale². Errors name the source and line.
/// </summary>
public static class Gaussian94BasisParser
{
    /// <summary>Parses Gaussian94 text; elements outside H..Ar are skipped.</summary>
    public static BasisSetDefinition Parse(string text, string name, string sourceName)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var shells = new Dictionary<int, IReadOnlyList<ShellDefinition>>();
        var spherical = false;
        var i = 0;
        int? currentZ = null;
        var skipElement = false;
        List<ShellDefinition>? current = null;

        while (i < lines.Length)
        {
            var line = StripComment(lines[i]);
            var lineNo = i + 1;
            i++;
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Equals("spherical", StringComparison.OrdinalIgnoreCase))
            {
                spherical = true;
                continue;
            }

            if (line.Equals("cartesian", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (line.StartsWith("****", StringComparison.Ordinal))
            {
                Flush();
                continue;
            }

            var fields = Split(line);
            if (currentZ is null && !skipElement)
            {
                if (fields.Length != 2 || fields[1] != "0")
                {
                    throw new QuantumAppsException($"{sourceName}:{lineNo}: expected 'Symbol 0' to start an element block, got '{line}'");
                }

                var element = PeriodicTable.TryFromSymbol(fields[0]);
                if (element is null)
                {
                    skipElement = true;
                    continue;
                }

                if (shells.ContainsKey(element.AtomicNumber))
                {
                    throw new QuantumAppsException($"{sourceName}:{lineNo}: element {element.Symbol} defined twice");
                }

                currentZ = element.AtomicNumber;
                current = [];
                continue;
            }

            if (fields.Length != 3)
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: expected 'TYPE nprim scale', got '{line}'");
            }

            var type = fields[0].ToUpperInvariant();
            if (!int.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var nprim) || nprim < 1)
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: bad primitive count '{fields[1]}'");
            }

            if (nprim > lines.Length - i)
            {
                throw new QuantumAppsException($"{sourceName}:{lineNo}: shell declares {nprim} primitives but the file has only {lines.Length - i} more line(s)");
            }

            var scale = ParseNumber(fields[2], sourceName, lineNo);
            var isSp = type is "SP" or "L";
            var l = isSp ? 0 : type switch
            {
                "S" => 0,
                "P" => 1,
                "D" => 2,
                "F" => 3,
                "G" => 4,
                _ => throw new QuantumAppsException($"{sourceName}:{lineNo}: unknown shell type '{fields[0]}'"),
            };
            var exps = new double[nprim];
            var c1 = new double[nprim];
            var c2 = new double[nprim];
            for (var k = 0; k < nprim; k++)
            {
                if (i >= lines.Length)
                {
                    throw new QuantumAppsException($"{sourceName}:{i}: unexpected end of file inside a shell");
                }

                var pl = StripComment(lines[i]);
                var pf = Split(pl);
                i++;
                if (pf.Length != (isSp ? 3 : 2))
                {
                    throw new QuantumAppsException(
                        $"{sourceName}:{i}: expected {(isSp ? "'exponent coefS coefP'" : "'exponent coefficient'")}, got '{pl}'");
                }

                exps[k] = ParseNumber(pf[0], sourceName, i) * scale * scale;
                c1[k] = ParseNumber(pf[1], sourceName, i);
                if (isSp)
                {
                    c2[k] = ParseNumber(pf[2], sourceName, i);
                }

                if (exps[k] <= 0)
                {
                    throw new QuantumAppsException($"{sourceName}:{i}: exponent must be positive");
                }

                if (!InputRange.Contains(exps[k]))
                {
                    throw new QuantumAppsException($"{sourceName}:{i}: {InputRange.Problem("scaled exponent (exponent x scale^2)", pf[0], exps[k])}");
                }
            }

            if (skipElement)
            {
                continue;
            }

            current!.Add(new ShellDefinition(l, exps, c1));
            if (isSp)
            {
                current.Add(new ShellDefinition(1, exps, c2));
            }
        }

        Flush();
        if (shells.Count == 0)
        {
            throw new QuantumAppsException($"{sourceName}: no basis functions for elements H..Ar found");
        }

        return new BasisSetDefinition(name, shells, spherical);

        void Flush()
        {
            if (currentZ is int z && current is not null)
            {
                shells[z] = current;
            }

            currentZ = null;
            current = null;
            skipElement = false;
        }
    }

    private static string StripComment(string line)
    {
        var bang = line.IndexOf('!');
        return (bang >= 0 ? line[..bang] : line).Trim();
    }

    private static string[] Split(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static double ParseNumber(string s, string sourceName, int lineNo)
    {
        var normalised = s.Replace('D', 'E').Replace('d', 'e');
        if (!double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            throw new QuantumAppsException($"{sourceName}:{lineNo}: malformed number '{s}'");
        }

        if (!InputRange.Contains(v))
        {
            throw new QuantumAppsException($"{sourceName}:{lineNo}: {InputRange.Problem("number", s, v)}");
        }

        return v;
    }
}
