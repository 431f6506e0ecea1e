using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps merge PART…</c>: combines the partial results of a sharded batch into the outputs a single run gives;
/// the kind is read from the first part: a bond scan (<c>molecule scan --shard K/N</c>: CSV, SVG, JSON), a report
/// (<c>report --shard K/N</c>: the report directory) or a classify run (<c>classify --shard K/N</c>: its table or JSON).
/// It runs no computation beyond what turns finished items into results (the claims table of a report, the choice of
/// each model's best grid point); it refuses, naming the file, parts of different batches or settings, a shard missing,
/// repeated or incomplete (<see cref="ShardSet"/>).
/// </summary>
public static class MergeRunner
{
    /// <summary>Runs the merge; returns the exit code.</summary>
    public static int Run(MergeOptions o, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Parts.Count == 0) throw new QuantumAppsException("merge: no part files given");
        string? kind = ShardJson.KindOf(o.Parts[0]);
        if (kind == ClassifyShardFile.Kind) return MergeClassify(o, output);
        if (kind == ReportShardFile.Kind) return MergeReport(o, output);
        if (kind != ScanShardFile.Kind)
            throw new QuantumAppsException($"{o.Parts[0]}: not a shard file (kind is not one of {ScanShardFile.Kind}, {ReportShardFile.Kind}, {ClassifyShardFile.Kind})");
        if (o.Out is not null) MoleculeScanRunner.RequireWritable(o.Out);
        if (o.Plot is not null) MoleculeScanRunner.RequireWritable(o.Plot);
        var parts = o.Parts.Select(p => (Path: p, File: ScanShardFile.Read(p))).ToArray();
        var merged = Merge(parts);
        var first = parts[0].File;
        if (o.Out is not null) AtomicFile.WriteAllText(o.Out, ScanCsv.Write(first.Methods, merged));
        if (o.Plot is not null) AtomicFile.WriteAllText(o.Plot, ScanPlot.Render(first.Title, first.Methods, merged, first.VqeLabel));
        if (o.Format == OutputFormat.Json)
        {
            var rows = new JsonArray();
            foreach (var p in merged)
            {
                var row = new JsonObject { ["bondAngstrom"] = p.BondAngstrom };
                foreach (var m in first.Methods) row[m] = p.Energies.GetValueOrDefault(m) is double e ? JsonOutput.Number(e) : null;
                rows.Add(row);
            }

            JsonOutput.Write(output, new JsonObject
            {
                ["kind"] = ScanShardFile.Kind,
                ["shards"] = parts.Length,
                ["settings"] = first.Settings.DeepClone(),
                ["points"] = rows,
                ["csv"] = o.Out,
                ["plot"] = o.Plot,
            });
        }
        else
        {
            output.Write(ScanCsv.Write(first.Methods, merged));
            output.WriteLine($"merged {parts.Length} shards: {merged.Count} points of {first.Title}");
            if (o.Out is not null) output.WriteLine($"csv: {o.Out}");
            if (o.Plot is not null) output.WriteLine($"plot: {o.Plot}");
        }

        return Commands.ExitCodes.Ok;
    }

    /// <summary>
    /// Merges <c>classify --shard K/N</c> parts: checks they are the N shards of one run, assembles the task results
    /// (<see cref="SelectionPlan"/>)
    /// and prints the table or JSON one run prints; the exit code is one run's (3 when some model failed).
    /// </summary>
    private static int MergeClassify(MergeOptions o, TextWriter output)
    {
        if (o.Out is not null || o.Plot is not null)
            throw new ArgumentException("merge of classify parts prints the table or JSON one run prints; --out and --plot apply to scans and reports");
        var parts = o.Parts.Select(p => (Path: p, File: ClassifyShardFile.Read(p))).ToArray();
        ShardSet.Check([.. parts.Select(p => p.File.Part(p.Path))], "classify run", "tasks", "rerun it");
        var first = parts[0].File;
        var options = first.Options(o.Format);
        var models = ModelNames.Parse(options.Models);
        var settings = ClassifyRunner.Settings(options);
        ClassificationResult result;
        try
        {
            result = SelectionPlan.Assemble(first.Dataset(), models, settings, parts.SelectMany(p => p.File.Results));
        }
        catch (ArgumentException e)
        {
            throw new QuantumAppsException($"merge: {e.Message} (the parts do not hold every task of the run)");
        }

        return ClassifyRunner.Render(result, options, output);
    }

    /// <summary>
    /// Merges <c>report --shard K/N</c> parts: checks they are the N shards of one report, reads every section's outcome
    /// back into its record and writes the report one run writes (computing only the claims table, which is a function of
    /// the outcomes) into <see cref="MergeOptions.Out"/>.
    /// </summary>
    private static int MergeReport(MergeOptions o, TextWriter output)
    {
        if (o.Out is null) throw new ArgumentException("merge of report parts writes a report: give --out DIR");
        if (o.Plot is not null) throw new ArgumentException("--plot applies to scan parts; a report writes its own figures");
        var parts = o.Parts.Select(p => (Path: p, File: ReportShardFile.Read(p))).ToArray();
        ShardSet.Check([.. parts.Select(p => p.File.Part(p.Path))], "report", "sections", "rerun it");
        var settings = parts[0].File.Settings;
        var options = new Report.ReportOptions(o.Out, (bool)settings["quick"]!, (long)settings["seed"]!, o.Force);
        IReadOnlyDictionary<string, object> outcomes;
        try
        {
            outcomes = Report.ReportRunner.ReadOutcomes(Report.ReportRunner.Sections, parts.Select(p => p.File));
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new QuantumAppsException($"merge: a report part does not read back ({e.Message})");
        }

        double seconds = parts.Sum(p => p.File.Seconds.Sum(kv => (double?)kv.Value ?? 0));
        return Report.ReportRunner.Publish(options, o.Format, output, _ => { }, () => seconds, () =>
        {
            var doc = new Report.ReportDocument();
            Report.ReportRunner.Render(doc, options, outcomes, seconds);
            return doc;
        });
    }

    /// <summary>The rows of all shards in grid order, after checking that the parts are exactly the N shards of one scan.</summary>
    public static IReadOnlyList<ScanPoint> Merge(IReadOnlyList<(string Path, ScanShardFile File)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ShardSet.Check([.. parts.Select(p => new ShardPart(p.Path, p.File.Shard, p.File.Settings, p.File.GridPoints, p.File.First, p.File.Count, p.File.Rows.Count))],
            "scan", "points", "rerun it (with --resume to keep its finished points)");
        return parts.OrderBy(p => p.File.First).SelectMany(p => p.File.Rows).ToArray();
    }
}
