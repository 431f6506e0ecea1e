using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.Mappings;
using QuantumApps.Cli.Output;
using QuantumApps.Cli.Runners;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.IO;

/// <summary>
/// The partial result of one shard of a bond scan (<c>molecule scan --shard K/N --out PART.json</c>), merged by
/// <c>quantumapps merge</c>. JSON: <c>{"kind":"molecule-scan-shard","version":1,"shard":"K/N","settings":{…},
/// "title","methods","vqeLabel","gridPoints","first","count","rows":[{"bondAngstrom","energies":{method: E or null},
/// "vqeExitReason"}]}</c>. <c>settings</c> holds every option that changes a number (file name and SHA-256 of its text,
/// basis, charge, multiplicity, active space, mapping, methods, VQE settings, bond grid, pair): shards merge only when
/// their settings are identical. The file is rewritten atomically after every point, so a shard killed midway leaves a
/// valid but incomplete part that the merge names.
/// </summary>
public sealed record ScanShardFile(
    string Shard,
    JsonObject Settings,
    string Title,
    IReadOnlyList<string> Methods,
    string? VqeLabel,
    int GridPoints,
    int First,
    int Count,
    IReadOnlyList<ScanPoint> Rows)
{
    /// <summary>The value of <c>kind</c>.</summary>
    public const string Kind = "molecule-scan-shard";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>True when every point of the shard's block is present.</summary>
    public bool Complete => Rows.Count == Count;

    /// <summary>The JSON text.</summary>
    public string ToJson()
    {
        var rows = new JsonArray();
        foreach (var p in Rows)
        {
            var energies = new JsonObject();
            foreach (var m in Methods) energies[m] = p.Energies.GetValueOrDefault(m) is double e ? JsonValue.Create(e) : null;
            rows.Add(new JsonObject { ["bondAngstrom"] = p.BondAngstrom, ["energies"] = energies, ["vqeExitReason"] = p.VqeExitReason });
        }

        return new JsonObject
        {
            ["kind"] = Kind,
            ["version"] = Version,
            ["shard"] = Shard,
            ["settings"] = Settings.DeepClone(),
            ["title"] = Title,
            ["methods"] = new JsonArray(Methods.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray()),
            ["vqeLabel"] = VqeLabel,
            ["gridPoints"] = GridPoints,
            ["first"] = First,
            ["count"] = Count,
            ["rows"] = rows,
        }.ToJsonString(JsonOutput.Options) + "\n";
    }

    /// <summary>Reads a shard file; anything else (another JSON, a truncated file, a wrong field) is a one-line error naming the file.</summary>
    public static ScanShardFile Read(string path)
    {
        string text = InputFile.ReadAllText(path);
        JsonObject root;
        try
        {
            root = JsonNode.Parse(text) as JsonObject ?? throw new QuantumAppsException($"{path}: not a JSON object");
        }
        catch (JsonException e)
        {
            throw new QuantumAppsException($"{path}: line {e.LineNumber + 1}: not valid JSON (truncated or not a shard file)");
        }

        try
        {
            if ((string?)root["kind"] != Kind) throw new QuantumAppsException($"{path}: not a scan shard file (kind is not \"{Kind}\")");
            if ((int?)root["version"] != Version) throw new QuantumAppsException($"{path}: shard format version {root["version"]}, this build reads {Version}");
            var methods = Required<JsonArray>(root, "methods", path).Select(m => (string)m!).ToArray();
            var rows = new List<ScanPoint>();
            foreach (var node in Required<JsonArray>(root, "rows", path))
            {
                var row = node as JsonObject ?? throw new QuantumAppsException($"{path}: a row is not an object");
                var energies = Required<JsonObject>(row, "energies", path);
                var values = new Dictionary<string, double?>();
                foreach (var m in methods) values[m] = (double?)energies[m];
                rows.Add(new ScanPoint((double)row["bondAngstrom"]!, values, (string?)row["vqeExitReason"]));
            }

            return new ScanShardFile((string)root["shard"]!, NormaliseSettings(Required<JsonObject>(root, "settings", path)), (string)root["title"]!, methods,
                (string?)root["vqeLabel"], (int)root["gridPoints"]!, (int)root["first"]!, (int)root["count"]!, rows);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or NullReferenceException or ArgumentException)
        {
            throw new QuantumAppsException($"{path}: malformed shard file ({e.Message})");
        }
    }

    /// <summary>The settings that must agree between shards (see the type's summary).</summary>
    public static JsonObject SettingsOf(MoleculeScanOptions o, string fileText, IReadOnlyList<string> methods)
    {
        ArgumentNullException.ThrowIfNull(o);
        var m = o.Molecule;
        var inv = CultureInfo.InvariantCulture;
        return new JsonObject
        {
            ["file"] = Path.GetFileName(m.File),
            ["fileSha256"] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileText))),
            ["basis"] = m.BasisName,
            ["charge"] = m.Charge,
            ["multiplicity"] = m.Multiplicity,
            ["frozenCore"] = m.FrozenCore,
            ["activeElectrons"] = m.ActiveElectrons,
            ["activeOrbitals"] = m.ActiveOrbitals,
            ["mapping"] = QubitHamiltonian.KindName(m.Mapping),
            ["methods"] = string.Join(",", methods),
            ["vqe"] = methods.Contains("vqe") ? (m.Vqe ?? new()).ToString() : null,
            ["bond"] = o.Bond.ToString(inv),
            ["pair"] = o.Pair,
        };
    }

    /// <summary>
    /// Settings as this build writes them: files written before the mapping was stored in its CLI spelling carry the enum
    /// name (<c>JordanWigner</c>); it is read as <c>jordan-wigner</c>, so old and new parts of one scan still merge.
    /// </summary>
    private static JsonObject NormaliseSettings(JsonObject settings)
    {
        if (settings["mapping"] is JsonValue v && v.TryGetValue(out string? name))
        {
            try
            {
                settings["mapping"] = QubitHamiltonian.KindName(QubitHamiltonian.ParseKind(name));
            }
            catch (QuantumAppsException)
            {
                // an unknown spelling stays as written: the merge then names it as a settings difference
            }
        }

        return settings;
    }

    private static T Required<T>(JsonObject o, string name, string path) where T : JsonNode =>
        o[name] as T ?? throw new QuantumAppsException($"{path}: missing or malformed \"{name}\"");
}
