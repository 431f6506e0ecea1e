using System.Text.Json.Nodes;

namespace QuantumApps.Cli.IO;

/// <summary>
/// The bookkeeping every partial result of a sharded batch carries, whatever its kind: the file, its shard
/// <c>K/N</c>, the settings that must agree between shards, the batch's item count M, the first item and the number of
/// items of the shard's block, and how many of them are done.
/// </summary>
public sealed record ShardPart(string Path, string Shard, JsonObject Settings, int Items, int First, int Count, int Done)
{
    /// <summary>True when every item of the shard's block is done.</summary>
    public bool Complete => Done == Count;
}
