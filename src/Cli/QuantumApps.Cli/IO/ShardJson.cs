using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>Reading the envelope of a shard file (<c>kind</c>, <c>version</c>): one-line errors naming the file.</summary>
public static class ShardJson
{
    /// <summary>The <c>kind</c> of a shard file, or null when the file is JSON without a string <c>kind</c>.</summary>
    public static string? KindOf(string path) => Kind(Parse(path));

    /// <summary>The root object of <paramref name="path"/>, checked to be of <paramref name="kind"/> and <paramref name="version"/>.</summary>
    public static JsonObject Root(string path, string kind, int version)
    {
        var root = Parse(path);
        if (Kind(root) != kind) throw new QuantumAppsException($"{path}: not a {kind} file (kind is not \"{kind}\")");
        if ((root["version"] as JsonValue)?.TryGetValue(out int v) != true || v != version)
            throw new QuantumAppsException($"{path}: shard format version {root["version"]}, this build reads {version}");
        return root;
    }

    /// <summary>A required member of type <typeparamref name="T"/>.</summary>
    public static T Required<T>(JsonObject o, string name, string path) where T : JsonNode =>
        o[name] as T ?? throw new QuantumAppsException($"{path}: missing or malformed \"{name}\"");

    private static string? Kind(JsonObject root) => root["kind"] is JsonValue v && v.TryGetValue(out string? k) ? k : null;

    private static JsonObject Parse(string path)
    {
        string text = InputFile.ReadAllText(path);
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new QuantumAppsException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new QuantumAppsException($"{path}: line {e.LineNumber + 1}: not valid JSON (truncated or not a shard file)");
        }
    }
}
