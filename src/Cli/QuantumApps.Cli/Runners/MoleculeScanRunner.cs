using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Molecules;
using QuantumApps.Chemistry.Scf;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps molecule scan</c>: a potential-energy curve along one bond (<see cref="BondScan"/>, one point per
/// call so each row is printed as soon as it is known). After every point the CSV and the SVG are rewritten
/// atomically, so an interrupted scan (Ctrl-C, or a crash) keeps its finished rows and can be continued with
/// --resume. Output files are checked for writability before any work. Exit code 0 when every method succeeded at
/// every point, 3 when some failed (a point whose SCF failed is kept with every method failed and the reason, and the
/// scan carries on), 1 when no method succeeded at any point, 130 when cancelled.
/// </summary>
public static class MoleculeScanRunner
{
    /// <summary>Largest number of grid points accepted.</summary>
    public const int MaxPoints = 10_000;

    /// <summary>Width of a value column of the streamed table.</summary>
    private const int CellWidth = 16;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(MoleculeScanOptions o, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = o.Molecule;
        var clock = Stopwatch.StartNew();
        if (m.Methods == LadderMethods.None) throw new QuantumAppsException("molecule scan: --methods is empty");
        var ladderMethods = LadderMethodNames.Expand(m.Methods);
        var methods = ladderMethods.Select(LadderMethodNames.Name).ToArray();
        var vqe = m.Vqe ?? new VqeMethodOptions();
        if (m.Methods.HasFlag(LadderMethods.Vqe))
        {
            VqeMethod.Validate(vqe);
            if (m.Mapping != MappingKind.JordanWigner) throw new QuantumAppsException("vqe: the ansätze act on Jordan–Wigner qubits; use --mapping jordan-wigner");
        }
        else if (vqe.Noise is not null)
        {
            throw new QuantumAppsException("--noise applies to the vqe method; add vqe to --methods");
        }

        if (MoleculeEnergyRunner.IsFcidump(m.File)) throw new QuantumAppsException("molecule scan needs an XYZ geometry, not an FCIDUMP file");
        var fullGrid = ParseGrid(o.Bond);
        var grid = fullGrid;
        var (i, j) = ParsePair(o.Pair);
        if (o.Resume && o.Out is null) throw new QuantumAppsException("--resume needs --out (the CSV to continue)");
        if (o.Shard is { } shard)
        {
            if (o.Out is null || !o.Out.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                throw new QuantumAppsException($"--shard {shard} writes a partial result: give --out PART.json (merge the parts with `quantumapps merge`)");
            if (o.Plot is not null) throw new QuantumAppsException("--plot does not go with --shard: `quantumapps merge … --plot FILE` draws the whole curve");
            var (first, end) = shard.Range(fullGrid.Count);
            grid = fullGrid.Skip(first).Take(end - first).ToArray();
        }

        if (o.Out is not null) RequireWritable(o.Out);
        if (o.Plot is not null) RequireWritable(o.Plot);
        string fileText = InputFile.ReadAllText(m.File);
        var molecule = XyzReader.Parse(fileText, m.File, m.Charge, m.Multiplicity);
        var moving = BondStretcher.MovingAtoms(molecule, i, j);
        var shardSettings = o.Shard is null ? null : ScanShardFile.SettingsOf(o, fileText, methods);

        var done = new SortedDictionary<double, ScanPoint>();
        if (o.Resume && o.Shard is not null && File.Exists(o.Out))
        {
            var part = ScanShardFile.Read(o.Out!);
            if (part.Shard != o.Shard.ToString() || !JsonNode.DeepEquals(part.Settings, shardSettings))
                throw new QuantumAppsException($"{o.Out}: holds shard {part.Shard} of another scan or other settings; use the first run's options or drop --resume");
            foreach (var row in part.Rows) done[Key(row.BondAngstrom)] = row;
        }
        else if (o.Resume && File.Exists(o.Out))
        {
            var rows = ScanCsv.Read(InputFile.ReadAllText(o.Out!), o.Out!, methods);
            for (int k = 0; k < rows.Count; k++)
            {
                if (!grid.Any(r => Key(r) == Key(rows[k].BondAngstrom)))
                    throw new QuantumAppsException(
                        $"{o.Out}: line {k + 2}: bond {rows[k].BondAngstrom.ToString("R", CultureInfo.InvariantCulture)} Å is not on the grid {o.Bond}; use the first run's --bond or drop --resume");
                done[Key(rows[k].BondAngstrom)] = rows[k];
            }
        }

        int resumed = grid.Count(r => done.ContainsKey(Key(r)));
        var scanned = new Dictionary<double, BondScanPoint>();
        string? vqeLabel = m.Methods.HasFlag(LadderMethods.Vqe) ? $"{VqeMethod.AnsatzName(vqe.Ansatz)}, {Optimizers.OptimizerFactory.Name(vqe.Optimizer)}" : null;
        string title = $"{molecule.Formula}/{m.BasisName}: atoms {i}–{j} bond scan";
        bool table = m.Format != OutputFormat.Json;
        if (table) WriteTableHeader(output, methods);
        foreach (var p in grid.Where(r => done.ContainsKey(Key(r))).Select(r => done[Key(r)]))
            if (table) WriteTableRow(output, methods, p, null);

        IReadOnlyList<double>? warm = null;
        var ladder = new LadderOptions(m.Methods, m.Mapping, vqe, FciMemoryLimitBytes: m.FciMemoryLimitBytes, FciSymmetry: m.FciSymmetry);
        bool cancelled = false;
        var todo = grid.Where(r => !done.ContainsKey(Key(r))).ToArray();
        for (int k = 0; k < todo.Length; k++)
        {
            double r = todo[k];
            var options = new BondScanOptions(molecule, i, j, [r], ladder with { VqeWarmStart = warm }, m.BasisName, m.FrozenCore, m.ActiveElectrons, m.ActiveOrbitals, m.Scf);
            var result = ConsoleProgress.Run($"{r.ToString("F3", CultureInfo.InvariantCulture)} Å ({k + 1}/{todo.Length})", m.Quiet,
                report => BondScan.Run(options, ConsoleProgress.Reporter<BondScanProgress>(report, s => s.Step is { } st ? $"{LadderMethodNames.Name(st.Method)}: {st.Step}" : "done"),
                    cancellationToken));
            if (result.Points.Count == 0)
            {
                cancelled = result.Cancelled;
                break;
            }

            var point = result.Points[0];
            if (point.Ladder[LadderMethods.Vqe]?.Vqe is { } v) warm = v.Parameters;
            scanned[Key(r)] = point;
            var row = ToRow(point);
            done[Key(r)] = row;
            Save(o, methods, done, title, grid, vqeLabel, shardSettings, fullGrid.Count);
            if (table) WriteTableRow(output, methods, row, point);
        }

        Save(o, methods, done, title, grid, vqeLabel, shardSettings, fullGrid.Count);
        var points = grid.Where(r => done.ContainsKey(Key(r))).Select(r => done[Key(r)]).ToArray();
        double seconds = clock.Elapsed.TotalSeconds;
        bool anyFailed = scanned.Values.Any(p => !p.Ladder.AllOk);
        bool anyOk = points.Any(p => p.Energies.Values.Any(e => e is not null));
        if (m.Format == OutputFormat.Json)
        {
            WriteJson(output, o, molecule, methods, (i, j), moving, vqe, vqeLabel, points, scanned, scanned.Count, resumed, seconds, cancelled);
        }
        else
        {
            var inv = CultureInfo.InvariantCulture;
            foreach (var p in points)
            {
                if (scanned.GetValueOrDefault(Key(p.BondAngstrom))?.Scf is { Stability: ScfStability.Unstable } bad)
                    output.WriteLine($"warning: RHF at {p.BondAngstrom.ToString("F3", inv)} Å is {bad.DescribeStability()}");
                foreach (var f in scanned.GetValueOrDefault(Key(p.BondAngstrom))?.Ladder.Methods.Where(x => x.Status != MethodStatus.Ok) ?? [])
                    output.WriteLine($"{f.Name} at {p.BondAngstrom.ToString("F3", inv)} Å {MoleculeEnergyRunner.StatusName(f.Status)}: {f.Reason}");
            }

            output.WriteLine($"{points.Length} points ({scanned.Count} computed, {resumed} resumed{(cancelled ? ", cancelled" : "")}), moving atoms {string.Join(",", moving)}, {seconds.ToString("F2", inv)} s");
            if (o.Out is not null) output.WriteLine($"{(o.Shard is null ? "csv" : $"shard {o.Shard}")}: {o.Out}");
            if (o.Plot is not null) output.WriteLine($"plot: {o.Plot}");
        }

        return cancelled ? ExitCodes.Cancelled : !anyFailed ? ExitCodes.Ok : anyOk ? ExitCodes.Partial : ExitCodes.Failure;
    }

    /// <summary>Parses start:stop:step (ångström, stop included within 1e-9 of a step).</summary>
    public static IReadOnlyList<double> ParseGrid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        var inv = CultureInfo.InvariantCulture;
        if (parts.Length != 3 || !parts.All(p => double.TryParse(p, NumberStyles.Float, inv, out _)))
            throw new QuantumAppsException($"--bond '{text}': expected start:stop:step in ångström, e.g. 0.3:3.0:0.1");
        double start = double.Parse(parts[0], inv), stop = double.Parse(parts[1], inv), step = double.Parse(parts[2], inv);
        if (!(start > 0) || !(stop >= start) || !(step > 0) || !double.IsFinite(stop))
            throw new QuantumAppsException($"--bond '{text}': need 0 < start ≤ stop and step > 0");
        double count = Math.Floor((stop - start) / step + 1e-9) + 1;
        if (count > MaxPoints) throw new QuantumAppsException($"--bond '{text}': {count} points is more than {MaxPoints}");
        return Enumerable.Range(0, (int)count).Select(k => Math.Round(start + k * step, 9)).ToArray();
    }

    /// <summary>
    /// Refuses, before any work, an output path that cannot be written: its directory must exist, the path must not be a
    /// directory, and a probe file must be creatable next to it.
    /// </summary>
    public static void RequireWritable(string path)
    {
        AtomicFile.RequireDirectory(path);
        if (Directory.Exists(path)) throw new QuantumAppsException($"{path}: is a directory, not a file");
        string dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string probe = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new QuantumAppsException($"{path}: cannot write here ({e.Message})");
        }
    }

    private static ScanPoint ToRow(BondScanPoint p)
    {
        var energies = new Dictionary<string, double?>();
        foreach (var r in p.Ladder.Methods) energies[r.Name] = r.Status == MethodStatus.Ok ? r.EnergyHartree : null;
        return new ScanPoint(p.BondAngstrom, energies, p.Ladder[LadderMethods.Vqe]?.Vqe?.ExitReason);
    }

    private static void Save(MoleculeScanOptions o, IReadOnlyList<string> methods, SortedDictionary<double, ScanPoint> done, string title, IReadOnlyList<double> grid,
        string? vqeLabel, JsonObject? shardSettings, int gridPoints)
    {
        if (o.Shard is { } shard)
        {
            int first = shard.Range(gridPoints).Start;
            AtomicFile.WriteAllText(o.Out!, new ScanShardFile(shard.ToString(), shardSettings!, title, methods, vqeLabel, gridPoints, first, grid.Count,
                grid.Where(r => done.ContainsKey(Key(r))).Select(r => done[Key(r)]).ToArray()).ToJson());
            return;
        }

        if (o.Out is not null) AtomicFile.WriteAllText(o.Out, ScanCsv.Write(methods, done.Values));
        if (o.Plot is not null)
        {
            var points = grid.Where(r => done.ContainsKey(Key(r))).Select(r => done[Key(r)]).ToArray();
            AtomicFile.WriteAllText(o.Plot, ScanPlot.Render(title, methods, points, vqeLabel));
        }
    }

    private static void WriteTableHeader(TextWriter output, IReadOnlyList<string> methods)
    {
        var headers = new List<string> { "R / Å" };
        headers.AddRange(methods.Select(x => $"E_{x.ToUpperInvariant()} / Ha"));
        if (methods.Contains("vqe") && methods.Contains("fci")) headers.Add("VQE − FCI");
        if (methods.Contains("vqe")) headers.Add("VQE exit");
        TextTable.Stream(output, headers, headers.Select(_ => CellWidth).ToArray());
    }

    private static void WriteTableRow(TextWriter output, IReadOnlyList<string> methods, ScanPoint p, BondScanPoint? computed)
    {
        var inv = CultureInfo.InvariantCulture;
        var cells = new List<string> { p.BondAngstrom.ToString("F3", inv) };
        cells.AddRange(methods.Select(x => p.Energies.GetValueOrDefault(x) is double e ? e.ToString("F8", inv)
            : computed?.Ladder.Methods.FirstOrDefault(r => r.Name == x) is { Status: not MethodStatus.Ok } f ? MoleculeEnergyRunner.StatusName(f.Status) : "-"));
        if (methods.Contains("vqe") && methods.Contains("fci")) cells.Add(p.VqeError is double d ? d.ToString("E2", inv) : "-");
        if (methods.Contains("vqe")) cells.Add(p.VqeExitReason ?? "-");
        new TextTable.StreamedRows(output, cells.Select(_ => CellWidth).ToArray()).Row(cells.ToArray());
    }

    private static void WriteJson(TextWriter output, MoleculeScanOptions o, Molecule molecule, IReadOnlyList<string> methods, (int I, int J) pair, IReadOnlyList<int> moving,
        VqeMethodOptions vqe, string? vqeLabel, IReadOnlyList<ScanPoint> points, IReadOnlyDictionary<double, BondScanPoint> scanned, int computed, int resumed, double seconds,
        bool cancelled)
    {
        var rows = new JsonArray();
        foreach (var p in points)
        {
            var row = new JsonObject { ["bondAngstrom"] = p.BondAngstrom };
            foreach (var x in methods) row[x] = p.Energies.GetValueOrDefault(x) is double e ? JsonOutput.Number(e) : null;
            if (methods.Contains("vqe"))
            {
                if (methods.Contains("fci")) row["vqeError"] = p.VqeError is double d ? JsonOutput.Number(d) : null;
                row["vqeExitReason"] = p.VqeExitReason;
            }

            var point = scanned.GetValueOrDefault(Key(p.BondAngstrom));
            if (point?.Ladder[LadderMethods.Vqe]?.Vqe?.Noisy is { } noisy) VqeMethodReport.AddNoisyJson(row, noisy, "vqeNoisyEnergy");
            row["scfStability"] = point?.Scf is { } scf ? ScfReport.StabilityName(scf.Stability) : null;
            row["lowestHessianEigenvalue"] = point?.Scf is { } scf2 ? JsonOutput.Number(scf2.LowestHessianEigenvalue) : null;
            row["resumed"] = point is null;
            row["methodStatus"] = new JsonArray(methods.Select(x => (JsonNode?)(point?.Ladder.Methods.First(r => r.Name == x) is { } r
                ? MoleculeEnergyRunner.MethodJson(r)
                : new JsonObject
                {
                    ["method"] = x,
                    ["status"] = p.Energies.GetValueOrDefault(x) is null ? "failed" : "ok",
                    ["reason"] = p.Energies.GetValueOrDefault(x) is null ? "no energy in the resumed CSV row" : null,
                    ["energy"] = p.Energies.GetValueOrDefault(x) is double e ? JsonOutput.Number(e) : null,
                    ["seconds"] = null,
                })).ToArray());
            rows.Add(row);
        }

        JsonOutput.Write(output, new JsonObject
        {
            ["file"] = o.Molecule.File,
            ["formula"] = molecule.Formula,
            ["basis"] = o.Molecule.Basis,
            ["pair"] = new JsonArray(pair.I, pair.J),
            ["movingAtoms"] = new JsonArray(moving.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
            ["methods"] = new JsonArray(methods.Select(x => (JsonNode?)JsonValue.Create(x)).ToArray()),
            ["mapping"] = QubitHamiltonian.KindName(o.Molecule.Mapping),
            ["vqe"] = vqeLabel is null ? null : new JsonObject { ["ansatz"] = VqeMethod.AnsatzName(vqe.Ansatz), ["optimizer"] = Optimizers.OptimizerFactory.Name(vqe.Optimizer) },
            ["points"] = rows,
            ["computedPoints"] = computed,
            ["resumedPoints"] = resumed,
            ["cancelled"] = cancelled,
            ["csv"] = o.Out,
            ["plot"] = o.Plot,
            ["seconds"] = seconds,
        });
    }

    /// <summary>Grid values are matched to CSV rows after rounding to 1e-9 Å.</summary>
    private static double Key(double r) => Math.Round(r, 9);

    private static (int, int) ParsePair(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int j))
            throw new QuantumAppsException($"--pair '{text}': expected two atom indices i,j (0-based)");
        return (i, j);
    }
}
