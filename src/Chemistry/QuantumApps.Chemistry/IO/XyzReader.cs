using System.Globalization;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Simulator;
using QuantumApps.Simulator.IO;

namespace QuantumApps.Chemistry.IO;

/// <summary>
/// Reads the standard XYZ format: line 1 the atom count, line 2 a free comment, then one line per atom
/// <c>Symbol x y z</c> with coordinates in ångström (converted to bohr with 1 bohr = 0.52917721092 Å).
/// Trailing blank lines are allowed. Charge and multiplicity are not part of the format and are passed in.
/// Every error names the source and line: unknown element, malformed line, wrong atom count, atoms closer than
/// <see cref="MinimumDistanceAngstrom"/>, and electron count inconsistent with charge and multiplicity.
/// </summary>
public static class XyzReader
{
    /// <summary>Atoms closer than this (ångström) are rejected as a probable typo.</summary>
    public const double MinimumDistanceAngstrom = 0.1;

    /// <summary>Reads an XYZ file from disk.</summary>
    public static Molecule ReadFile(string path, int charge = 0, int multiplicity = 1)
    {
        if (!File.Exists(path))
        {
            throw new QuantumAppsException($"{path}: file not found");
        }

        return Parse(File.ReadAllText(path), path, charge, multiplicity);
    }

    /// <summary>Parses XYZ text; <paramref name="sourceName"/> is used in error messages.</summary>
    public static Molecule Parse(string text, string sourceName = "<xyz>", int charge = 0, int multiplicity = 1)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var last = lines.Length;
        while (last > 0 && string.IsNullOrWhiteSpace(lines[last - 1]))
        {
            last--;
        }

        if (last == 0)
        {
            throw new QuantumAppsException($"{sourceName}:1: empty file, expected the atom count");
        }

        if (!int.TryParse(lines[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new QuantumAppsException($"{sourceName}:1: expected a positive atom count, got '{lines[0].Trim()}'");
        }

        var atomLines = Math.Max(0, last - 2);
        if (atomLines != count)
        {
            throw new QuantumAppsException(
                $"{sourceName}:1: atom count says {count} but the file has {atomLines} atom line(s)");
        }

        var atoms = new List<Atom>(count);
        for (var i = 0; i < count; i++)
        {
            var lineNo = i + 3;
            var fields = lines[i + 2].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 4)
            {
                throw new QuantumAppsException(
                    $"{sourceName}:{lineNo}: malformed atom line '{lines[i + 2].Trim()}', expected 'Symbol x y z' (angstrom)");
            }

            var element = PeriodicTable.TryFromSymbol(fields[0])
                ?? throw new QuantumAppsException(
                    $"{sourceName}:{lineNo}: unknown element '{fields[0]}' (supported: H..Ar)");
            var xyz = new double[3];
            for (var k = 0; k < 3; k++)
            {
                if (!double.TryParse(fields[k + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out xyz[k]))
                {
                    throw new QuantumAppsException(
                        $"{sourceName}:{lineNo}: malformed coordinate '{fields[k + 1]}' (column {k + 2})");
                }

                if (!InputRange.Contains(xyz[k]))
                {
                    throw new QuantumAppsException(
                        $"{sourceName}:{lineNo}: {InputRange.Problem("coordinate", fields[k + 1], xyz[k])} (column {k + 2})");
                }
            }

            var atom = new Atom(element, PhysicalConstants.AngstromToBohr(xyz[0]),
                PhysicalConstants.AngstromToBohr(xyz[1]), PhysicalConstants.AngstromToBohr(xyz[2]));
            for (var j = 0; j < atoms.Count; j++)
            {
                var dAngstrom = atom.DistanceBohr(atoms[j]) * PhysicalConstants.AngstromPerBohr;
                if (dAngstrom < MinimumDistanceAngstrom)
                {
                    throw new QuantumAppsException(
                        $"{sourceName}:{lineNo}: atom {i + 1} ({element.Symbol}) is {dAngstrom:G4} Å from atom {j + 1} (line {j + 3}); " +
                        $"atoms closer than {MinimumDistanceAngstrom} Å are not allowed");
                }
            }

            atoms.Add(atom);
        }

        try
        {
            return new Molecule(atoms, charge, multiplicity);
        }
        catch (QuantumAppsException e)
        {
            throw new QuantumAppsException($"{sourceName}:1: {e.Message}");
        }
    }
}
