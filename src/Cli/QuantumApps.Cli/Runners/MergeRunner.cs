using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>
/// <c>quantumapps merge PART…</c>: combines the partial results of a sharded batch (today: <c>molecule scan --shard K/N</c>)
/// into the CSV, SVG and JSON a single run gives. It runs no computation; it refuses, naming the file, parts of
/// different batches or settings, a shard missing, repeated or incomplete, and rows off the shard's grid block.
/// </summary>
public static class MergeRunner
{
    /// <summary>Runs the merge; returns the exit code.</summary>
    public static int Run(MergeOptions o, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (o.Parts.Count == 0) throw new QuantumAppsException("merge: no part files given");
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

    /// <summary>The rows of all shards in grid order, after checking that the parts are exactly the N shards of one scan.</summary>
    public static IReadOnlyList<ScanPoint> Merge(IReadOnlyList<(string Path, ScanShardFile File)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var (firstPath, first) = parts[0];
        var reference = Variational.Workflows.Shard.Parse(first.Shard);
        var seen = new Dictionary<int, string>();
        foreach (var (path, part) in parts)
        {
            var shard = ParseShard(part.Shard, path);
            if (!JsonNode.DeepEquals(part.Settings, first.Settings))
                throw new QuantumAppsException($"{path}: belongs to a different scan than {firstPath} (settings differ: {Difference(part.Settings, first.Settings)})");
            if (shard.Count != reference.Count)
                throw new QuantumAppsException($"{path}: is shard {part.Shard} but {firstPath} is shard {first.Shard}: the parts come from runs with different shard counts");
            if (seen.TryGetValue(shard.Index, out var other))
                throw new QuantumAppsException($"{path}: shard {part.Shard} is also in {other}; give each shard once");
            seen[shard.Index] = path;
            var (start, end) = shard.Range(part.GridPoints);
            if (part.First != start || part.Count != end - start)
                throw new QuantumAppsException($"{path}: shard {part.Shard} covers points {part.First}..{part.First + part.Count - 1}, expected {start}..{end - 1}");
            if (!part.Complete)
                throw new QuantumAppsException($"{path}: shard {part.Shard} is incomplete ({part.Rows.Count} of {part.Count} points); rerun it (with --resume to keep its finished points)");
        }

        var missing = Enumerable.Range(0, reference.Count).Where(k => !seen.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
            throw new QuantumAppsException($"merge: shard{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(k => $"{k}/{reference.Count}"))} missing ({parts.Count} of {reference.Count} parts given)");
        return parts.OrderBy(p => p.File.First).SelectMany(p => p.File.Rows).ToArray();
    }

    private static Variational.Workflows.Shard ParseShard(string text, string path)
    {
        try
        {
            return Variational.Workflows.Shard.Parse(text);
        }
        catch (ArgumentException e)
        {
            throw new QuantumAppsException($"{path}: {e.Message}");
        }
    }

    private static string Difference(JsonObject a, JsonObject b)
    {
        var keys = a.Select(kv => kv.Key).Union(b.Select(kv => kv.Key)).Where(k => !JsonNode.DeepEquals(a[k], b[k])).ToArray();
        return string.Join(", ", keys.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k} {a[k]?.ToJsonString() ?? "null"} vs {b[k]?.ToJsonString() ?? "null"}")));
    }
}
