using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Simulator;
using QuantumApps.Variational.Workflows;

namespace QuantumApps.Cli.IO;

/// <summary>
/// Checks that partial results are exactly the N shards of one batch: equal settings, one shard count, every shard
/// once, each covering its block [⌊K·M/N⌋, ⌊(K+1)·M/N⌋) of the M items (<see cref="Variational.Workflows.Shard"/>) and
/// complete. Every refusal is one line naming the file.
/// </summary>
public static class ShardSet
{
    /// <summary>
    /// Throws <see cref="QuantumAppsException"/> unless <paramref name="parts"/> are the shards of one
    /// <paramref name="batch"/> (e.g. "scan"), whose items are called <paramref name="items"/> (e.g. "points").
    /// <paramref name="rerun"/> is the advice for an incomplete shard.
    /// </summary>
    public static void Check(IReadOnlyList<ShardPart> parts, string batch, string items, string rerun)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new QuantumAppsException("merge: no part files given");
        var first = parts[0];
        var reference = ParseShard(first.Shard, first.Path);
        var seen = new Dictionary<int, string>();
        foreach (var part in parts)
        {
            var shard = ParseShard(part.Shard, part.Path);
            if (!JsonNode.DeepEquals(part.Settings, first.Settings))
                throw new QuantumAppsException($"{part.Path}: belongs to a different {batch} than {first.Path} (settings differ: {Difference(part.Settings, first.Settings)})");
            if (shard.Count != reference.Count)
                throw new QuantumAppsException($"{part.Path}: is shard {part.Shard} but {first.Path} is shard {first.Shard}: the parts come from runs with different shard counts");
            if (seen.TryGetValue(shard.Index, out var other))
                throw new QuantumAppsException($"{part.Path}: shard {part.Shard} is also in {other}; give each shard once");
            seen[shard.Index] = part.Path;
            var (start, end) = shard.Range(part.Items);
            if (part.Items != first.Items || part.First != start || part.Count != end - start)
                throw new QuantumAppsException($"{part.Path}: shard {part.Shard} covers {items} {part.First}..{part.First + part.Count - 1}, expected {start}..{end - 1}");
            if (!part.Complete)
                throw new QuantumAppsException($"{part.Path}: shard {part.Shard} is incomplete ({part.Done} of {part.Count} {items}); {rerun}");
        }

        var missing = Enumerable.Range(0, reference.Count).Where(k => !seen.ContainsKey(k)).ToArray();
        if (missing.Length > 0)
            throw new QuantumAppsException($"merge: shard{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(k => $"{k}/{reference.Count}"))} missing ({parts.Count} of {reference.Count} parts given)");
    }

    private static Shard ParseShard(string text, string path)
    {
        try
        {
            return Shard.Parse(text);
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
