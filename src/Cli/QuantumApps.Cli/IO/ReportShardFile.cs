using System.Text.Json.Nodes;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>
/// The partial result of one shard of a report (<c>report --shard K/N --out DIR</c> writes
/// <c>DIR/report-part-K-of-N.json</c>), merged by <c>quantumapps merge … --out REPORT</c> into the report one run writes.
/// JSON: <c>{"kind":"report-shard","version":1,"shard":"K/N","settings":{"quick","seed","version","sections"},
/// "sections","first","count","outcomes":{"&lt;section&gt;":{…outcome record…}},"seconds":{"&lt;section&gt;":s}}</c>: the
/// shard's block of the report's sections in report order, each outcome record serialised generically
/// (<see cref="ReportJson"/>), and each section's compute wall time. <c>settings</c> must be equal between shards (the
/// build's version is part of it: another build may compute other numbers). Rewritten atomically after every section.
/// </summary>
public sealed record ReportShardFile(string Shard, JsonObject Settings, int Sections, int First, int Count, JsonObject Outcomes, JsonObject Seconds)
{
    /// <summary>The value of <c>kind</c>.</summary>
    public const string Kind = "report-shard";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>The part's file name inside the shared output directory.</summary>
    public static string FileName(Variational.Workflows.Shard shard) => $"report-part-{shard.Index}-of-{shard.Count}.json";

    /// <summary>The bookkeeping the merge checks.</summary>
    public ShardPart Part(string path) => new(path, Shard, Settings, Sections, First, Count, Outcomes.Count);

    /// <summary>The JSON text (compact: outcomes hold whole curves and circuits).</summary>
    public string ToJson() => new JsonObject
    {
        ["kind"] = Kind,
        ["version"] = Version,
        ["shard"] = Shard,
        ["settings"] = Settings.DeepClone(),
        ["sections"] = Sections,
        ["first"] = First,
        ["count"] = Count,
        ["outcomes"] = Outcomes.DeepClone(),
        ["seconds"] = Seconds.DeepClone(),
    }.ToJsonString() + "\n";

    /// <summary>Reads a part; anything else is a one-line error naming the file.</summary>
    public static ReportShardFile Read(string path)
    {
        var root = ShardJson.Root(path, Kind, Version);
        try
        {
            return new ReportShardFile((string)root["shard"]!, ShardJson.Required<JsonObject>(root, "settings", path), (int)root["sections"]!,
                (int)root["first"]!, (int)root["count"]!, ShardJson.Required<JsonObject>(root, "outcomes", path), ShardJson.Required<JsonObject>(root, "seconds", path));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or ArgumentException)
        {
            throw new QuantumAppsException($"{path}: malformed shard file ({e.Message})");
        }
    }
}
