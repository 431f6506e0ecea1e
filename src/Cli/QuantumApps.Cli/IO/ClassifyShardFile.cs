using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Models;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>
/// The partial result of one shard of <c>classify --shard K/N --out PART.json</c>: the results of its block of the
/// benchmark's model-selection tasks (<see cref="SelectionPlan.Tasks"/>: every grid point on every cross-validation fold,
/// then every grid point's final fit), merged by <c>quantumapps merge</c> into the table or JSON one run prints. JSON:
/// <c>{"kind":"classify-shard","version":1,"shard":"K/N","settings":{…},"data":{"file","name","classes","trainSamples",
/// "testSamples","features"},"tasks","first","count","results":[SelectionTaskResult…]}</c>; the results are the library
/// records serialised by System.Text.Json (so fields added to them travel without changes here). <c>settings</c> holds
/// every option that changes a number (data file name and SHA-256, label, classes, features, models, layers, shots, test
/// fraction, folds, epochs, seed, loss, trainer): shards merge only when their settings are identical. The file is
/// rewritten atomically after every task, so a killed shard leaves a valid, incomplete part that the merge names.
/// </summary>
public sealed record ClassifyShardFile(string Shard, JsonObject Settings, JsonObject Data, int Tasks, int First, int Count, IReadOnlyList<SelectionTaskResult> Results)
{
    /// <summary>The value of <c>kind</c>.</summary>
    public const string Kind = "classify-shard";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>Serializer of the task results: the CLI's JSON conventions, enums by kebab-case name, NaN/∞ as strings.</summary>
    public static JsonSerializerOptions Serializer { get; } = new(JsonOutput.Options)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The bookkeeping the merge checks.</summary>
    public ShardPart Part(string path) => new(path, Shard, Settings, Tasks, First, Count, Results.Count);

    /// <summary>The JSON text.</summary>
    public string ToJson() => new JsonObject
    {
        ["kind"] = Kind,
        ["version"] = Version,
        ["shard"] = Shard,
        ["settings"] = Settings.DeepClone(),
        ["data"] = Data.DeepClone(),
        ["tasks"] = Tasks,
        ["first"] = First,
        ["count"] = Count,
        ["results"] = JsonSerializer.SerializeToNode(Results, Serializer),
    }.ToJsonString(JsonOutput.Options) + "\n";

    /// <summary>Reads a part; anything else (another JSON, a truncated file, a wrong field) is a one-line error naming the file.</summary>
    public static ClassifyShardFile Read(string path)
    {
        var root = ShardJson.Root(path, Kind, Version);
        try
        {
            var results = JsonSerializer.Deserialize<SelectionTaskResult[]>(ShardJson.Required<JsonArray>(root, "results", path), Serializer)
                ?? throw new QuantumAppsException($"{path}: missing \"results\"");
            return new ClassifyShardFile((string)root["shard"]!, ShardJson.Required<JsonObject>(root, "settings", path), ShardJson.Required<JsonObject>(root, "data", path),
                (int)root["tasks"]!, (int)root["first"]!, (int)root["count"]!, results);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NullReferenceException or ArgumentException)
        {
            throw new QuantumAppsException($"{path}: malformed shard file ({e.Message})");
        }
    }

    /// <summary>The settings that must agree between shards (see the type's summary).</summary>
    public static JsonObject SettingsOf(ClassifyOptions o, IReadOnlyList<ModelKind> models, byte[] dataBytes) => new()
    {
        ["file"] = Path.GetFileName(o.Data),
        ["fileSha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(dataBytes)),
        ["label"] = o.Label,
        ["classes"] = o.Classes,
        ["features"] = o.Features,
        ["models"] = string.Join(",", models.Select(ModelNames.Name)),
        ["layers"] = o.Layers,
        ["shots"] = o.Shots,
        ["testFraction"] = o.TestFraction,
        ["folds"] = o.Folds,
        ["epochs"] = o.Epochs,
        ["seed"] = o.Seed,
        ["loss"] = o.Loss == VqcLoss.Square ? "square" : "logistic",
        ["trainer"] = o.Trainer == VqcTrainer.Lbfgs ? "lbfgs" : "adam",
    };

    /// <summary>The data-set part of the result (no model rows) and the data path as the shard was given it.</summary>
    public static JsonObject DataOf(string file, ClassificationResult r) => new()
    {
        ["file"] = file,
        ["name"] = r.Dataset,
        ["classes"] = new JsonArray([.. r.Classes.Select(c => (JsonNode?)JsonValue.Create(c))]),
        ["trainSamples"] = r.TrainSamples,
        ["testSamples"] = r.TestSamples,
        ["features"] = r.Features,
    };

    /// <summary>The options of the run that wrote this part, as the renderer needs them (format as given).</summary>
    public ClassifyOptions Options(OutputFormat format) => new(
        (string)Data["file"]!, (string?)Settings["label"], (string?)Settings["classes"], (int?)Settings["features"], (string)Settings["models"]!,
        (int)Settings["layers"]!, (int)Settings["shots"]!, (double)Settings["testFraction"]!, (int)Settings["folds"]!, (int)Settings["epochs"]!,
        (int)Settings["seed"]!, format, true, (string?)Settings["loss"] == "square" ? VqcLoss.Square : VqcLoss.Logistic,
        (string?)Settings["trainer"] == "lbfgs" ? VqcTrainer.Lbfgs : VqcTrainer.Adam);

    /// <summary>The data-set fields of the result, with no model rows.</summary>
    public ClassificationResult Dataset() => new((string)Data["name"]!, (int)Data["trainSamples"]!, (int)Data["testSamples"]!, (int)Data["features"]!,
        [.. Data["classes"]!.AsArray().Select(c => (string)c!)], []);
}
