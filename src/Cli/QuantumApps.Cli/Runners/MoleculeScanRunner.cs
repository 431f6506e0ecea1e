using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Chemistry.Methods;
using QuantumApps.Chemistry.Pipeline;
using QuantumApps.Cli.Geometry;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Exact;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps molecule scan</c>: a potential-energy curve along one bond. For each bond length of the grid the
/// geometry is stretched (<see cref="BondStretcher"/>), the RHF pipeline is rerun and the requested methods are
/// evaluated (FCI: exact ground energy of the Jordan–Wigner Hamiltonian in the (N_α, N_β) sector; VQE: warm-started
/// from the previous point's parameters when the ansatz size matches). After every point the CSV is rewritten
/// atomically, so an interrupted scan can be continued with --resume; the SVG is written at the end.
/// </summary>
public static class MoleculeScanRunner
{
    /// <summary>Methods in column order.</summary>
    public static IReadOnlyList<string> KnownMethods { get; } = ["hf", "mp2", "ccsd", "fci", "vqe"];

    /// <summary>Largest number of grid points accepted.</summary>
    public const int MaxPoints = 10_000;

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(MoleculeScanOptions o, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var methods = ParseMethods(o.Methods);
        var vqe = o.Vqe ?? new VqeMethodOptions();
        if (methods.Contains("vqe")) VqeMethod.Validate(vqe);
        var grid = ParseGrid(o.Bond);
        var (i, j) = ParsePair(o.Pair);
        if (o.Resume && o.Out is null) throw new QuantumAppsException("--resume needs --out (the CSV to continue)");
        if (o.Out is not null) AtomicFile.RequireDirectory(o.Out);
        if (o.Plot is not null) AtomicFile.RequireDirectory(o.Plot);
        var molecule = XyzReader.Parse(InputFile.ReadAllText(o.File), o.File, o.Charge);
        var moving = BondStretcher.MovingAtoms(molecule, i, j);

        var done = new SortedDictionary<double, ScanPoint>();
        if (o.Resume && File.Exists(o.Out))
            foreach (var p in ScanCsv.Read(InputFile.ReadAllText(o.Out!), o.Out!, methods))
                done[Key(p.BondAngstrom)] = p;
        int resumed = grid.Count(r => done.ContainsKey(Key(r)));
        int computed = 0;
        IReadOnlyList<double>? warm = null;
        var scfs = new Dictionary<double, Chemistry.Scf.ScfResult>();
        string? vqeLabel = methods.Contains("vqe") ? $"{vqe.Ansatz}, {vqe.Optimizer}" : null;
        foreach (double r in grid)
        {
            if (done.ContainsKey(Key(r))) continue;
            var (point, parameters, scf) = Compute(BondStretcher.Stretch(molecule, i, j, r), r, o.Basis, methods, vqe, warm);
            warm = parameters;
            scfs[Key(r)] = scf;
            done[Key(r)] = point;
            computed++;
            if (o.Out is not null) AtomicFile.WriteAllText(o.Out, ScanCsv.Write(methods, done.Values));
        }
        var points = grid.Select(r => done[Key(r)]).ToArray();
        if (o.Out is not null) AtomicFile.WriteAllText(o.Out, ScanCsv.Write(methods, done.Values));
        string title = $"{molecule.Formula}/{o.Basis}: atoms {i}–{j} bond scan";
        if (o.Plot is not null) AtomicFile.WriteAllText(o.Plot, ScanPlot.Render(title, methods, points, vqeLabel));
        double seconds = clock.Elapsed.TotalSeconds;

        if (o.Format == OutputFormat.Json)
        {
            var rows = new JsonArray();
            foreach (var p in points)
            {
                var row = new JsonObject { ["bondAngstrom"] = p.BondAngstrom };
                foreach (var m in methods) row[m] = p.Energies.GetValueOrDefault(m) is double e ? JsonOutput.Number(e) : null;
                if (methods.Contains("vqe"))
                {
                    if (methods.Contains("fci")) row["vqeError"] = p.VqeError is double d ? JsonOutput.Number(d) : null;
                    row["vqeExitReason"] = p.VqeExitReason;
                }
                var scf = scfs.GetValueOrDefault(Key(p.BondAngstrom));
                row["scfStability"] = scf is null ? null : ScfReport.StabilityName(scf.Stability);
                row["lowestHessianEigenvalue"] = scf is null ? null : JsonOutput.Number(scf.LowestHessianEigenvalue);
                rows.Add(row);
            }
            JsonOutput.Write(output, new JsonObject
            {
                ["file"] = o.File,
                ["formula"] = molecule.Formula,
                ["basis"] = o.Basis,
                ["pair"] = new JsonArray(i, j),
                ["movingAtoms"] = new JsonArray(moving.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()),
                ["methods"] = new JsonArray(methods.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
                ["vqe"] = vqeLabel is null ? null : new JsonObject { ["ansatz"] = vqe.Ansatz, ["optimizer"] = vqe.Optimizer },
                ["points"] = rows,
                ["computedPoints"] = computed,
                ["resumedPoints"] = resumed,
                ["csv"] = o.Out,
                ["plot"] = o.Plot,
                ["seconds"] = seconds,
            });
            return 0;
        }
        var inv = CultureInfo.InvariantCulture;
        var headers = new List<string> { "R / Å" };
        headers.AddRange(methods.Select(m => $"E_{m.ToUpperInvariant()} / Ha"));
        if (methods.Contains("vqe") && methods.Contains("fci")) headers.Add("VQE − FCI");
        if (methods.Contains("vqe")) headers.Add("VQE exit");
        var table = new TextTable(headers.ToArray());
        foreach (var p in points)
        {
            var cells = new List<string> { p.BondAngstrom.ToString("F3", inv) };
            cells.AddRange(methods.Select(m => p.Energies.GetValueOrDefault(m) is double e ? e.ToString("F8", inv) : "-"));
            if (methods.Contains("vqe") && methods.Contains("fci")) cells.Add(p.VqeError is double d ? d.ToString("E2", inv) : "-");
            if (methods.Contains("vqe")) cells.Add(p.VqeExitReason ?? "-");
            table.Add(cells.ToArray());
        }
        table.Write(output);
        foreach (var p in points)
        {
            if (scfs.GetValueOrDefault(Key(p.BondAngstrom)) is { Stability: Chemistry.Scf.ScfStability.Unstable } bad)
                output.WriteLine($"warning: RHF at {p.BondAngstrom.ToString("F3", inv)} Å is {bad.DescribeStability()}");
        }
        output.WriteLine($"{points.Length} points ({computed} computed, {resumed} resumed), moving atoms {string.Join(",", moving)}, {seconds.ToString("F2", inv)} s");
        if (o.Out is not null) output.WriteLine($"csv: {o.Out}");
        if (o.Plot is not null) output.WriteLine($"plot: {o.Plot}");
        return 0;
    }

    private static (ScanPoint Point, IReadOnlyList<double>? Parameters, Chemistry.Scf.ScfResult Scf) Compute(Chemistry.Molecules.Molecule molecule, double r, string basis,
        IReadOnlyList<string> methods, VqeMethodOptions vqe, IReadOnlyList<double>? warm)
    {
        MoleculeResult mol;
        try
        {
            mol = MoleculePipeline.Build(new MoleculeOptions(molecule, basis));
        }
        catch (QuantumAppsException e)
        {
            throw new QuantumAppsException($"bond {r.ToString("F4", CultureInfo.InvariantCulture)} Å: {e.Message}");
        }
        var h = mol.Hamiltonian;
        var energies = new Dictionary<string, double?>();
        string? exit = null;
        IReadOnlyList<double>? parameters = null;
        if (methods.Contains("hf")) energies["hf"] = mol.Scf.TotalEnergy;
        if (methods.Contains("mp2")) energies["mp2"] = Mp2.Compute(h).TotalEnergy;
        if (methods.Contains("ccsd"))
        {
            var cc = Ccsd.Compute(h);
            energies["ccsd"] = cc.Converged ? cc.TotalEnergy : null;
        }
        if (methods.Contains("fci") || methods.Contains("vqe"))
        {
            if (methods.Contains("vqe")) VqeMethod.EnsureFits(h);
            var q = QubitHamiltonian.Map(h, MappingKind.JordanWigner);
            if (methods.Contains("fci")) energies["fci"] = ExactSolver.GroundState(q, BasisSector.SpinOrbitals(h.NumAlpha, h.NumBeta)).Energy;
            if (methods.Contains("vqe"))
            {
                var v = VqeMethod.Run(h, q, vqe, warm);
                energies["vqe"] = v.Energy;
                exit = v.ExitReason;
                parameters = v.Parameters;
            }
        }
        return (new ScanPoint(r, energies, exit), parameters, mol.Scf);
    }

    /// <summary>Grid values are matched to CSV rows after rounding to 1e-9 Å.</summary>
    private static double Key(double r) => Math.Round(r, 9);

    /// <summary>Parses start:stop:step (ångström, stop included within 1e-9 of a step).</summary>
    public static IReadOnlyList<double> ParseGrid(string text)
    {
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

    private static (int, int) ParsePair(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int j))
            throw new QuantumAppsException($"--pair '{text}': expected two atom indices i,j (0-based)");
        return (i, j);
    }

    private static IReadOnlyList<string> ParseMethods(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new QuantumAppsException("molecule scan: --methods is empty");
        var requested = MethodList.Parse(text, KnownMethods, "molecule scan");
        return KnownMethods.Where(requested.Contains).ToArray();
    }
}
