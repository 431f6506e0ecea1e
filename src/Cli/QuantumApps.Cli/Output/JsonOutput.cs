using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumApps.Cli.Output;

/// <summary>JSON printing conventions shared by every command: camelCase names, indented, non-finite numbers as null.</summary>
public static class JsonOutput
{
    /// <summary>Serializer options used for all JSON output.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a node followed by a newline.</summary>
    public static void Write(TextWriter output, JsonNode node) => output.WriteLine(node.ToJsonString(Options));

    /// <summary>A JSON number, or null when the value is not finite.</summary>
    public static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;
}
