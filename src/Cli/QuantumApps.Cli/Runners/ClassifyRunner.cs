using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Chemistry.IO;
using QuantumApps.Cli.Commands;
using QuantumApps.Cli.IO;
using QuantumApps.Cli.Output;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Models;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;

namespace QuantumApps.Cli.Runners;

/// <summary>Reads the data, runs <see cref="ClassificationBenchmark"/> and renders one row per model; exit 3 when some model failed.</summary>
public static class ClassifyRunner
{
    public static int Run(ClassifyOptions o, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (o.Layers < 1) throw new QuantumAppsException($"--layers must be at least 1, not {o.Layers}");
        if (o.Shots < 0) throw new QuantumAppsException($"--shots must be non-negative, not {o.Shots}");
        if (o.Epochs < 1) throw new QuantumAppsException($"--epochs must be at least 1, not {o.Epochs}");
        var models = ModelNames.Parse(o.Models);
        if (o.Shard is { } shard)
        {
            if (o.KernelStats) throw new ArgumentException("--shard splits the model training; --kernel-stats has no shards");
            if (o.Out is null || !o.Out.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"--shard {shard} writes a partial result: give --out PART.json (merge the parts with `quantumapps merge`)");
            MoleculeScanRunner.RequireWritable(o.Out);
        }
        else if (o.Out is not null)
            throw new ArgumentException("--out names the partial result of --shard K/N; without --shard the result goes to standard output");
        if (o.KernelStats && o.MaxQubits < 2) throw new QuantumAppsException($"--max-qubits must be at least 2, not {o.MaxQubits}");
        var data = DatasetReader.Read(o.Data, o.Label);
        if (o.Classes is not null) data = data.SelectClasses(o.Classes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (data.ClassCount < 2) throw new QuantumAppsException($"{data.Name}: only one class; a classifier needs at least two");
        if (o.Features is int k && (k < 1 || k > data.Features))
            throw new QuantumAppsException($"--features {k} must be between 1 and the {data.Features} feature columns of {data.Name}");
        if (o.KernelStats) return KernelStatsReport.Run(data, o, output, cancellationToken);
        var settings = Settings(o);
        if (o.Shard is not null) return RunShard(o, models, SelectionPlan.Create(data, models, settings, o.Seed), output, cancellationToken);
        var result = ConsoleProgress.Run($"classify {data.Name}", o.Quiet,
            show => ClassificationBenchmark.Run(data, models, settings, o.Seed, ConsoleProgress.Reporter<string>(show, s => s), cancellationToken));
        return Render(result, o, output);
    }

    /// <summary>The benchmark settings of the options.</summary>
    public static BenchmarkSettings Settings(ClassifyOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new BenchmarkSettings(o.Features, o.TestFraction, o.Folds, o.Layers, o.Shots, o.Epochs, Loss: o.Loss, Trainer: o.Trainer);
    }

    /// <summary>Prints the result as one run does (table or JSON, <paramref name="o"/>'s format); returns the exit code (3 when some model failed).</summary>
    public static int Render(ClassificationResult result, ClassifyOptions o, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(o);
        if (o.Format == OutputFormat.Json) JsonOutput.Write(output, Json(result, o));
        else Table(result, output);
        return result.Models.All(m => m.Ok) ? ExitCodes.Ok : result.Models.Any(m => m.Ok) ? ExitCodes.Partial : ExitCodes.Failure;
    }

    /// <summary>
    /// Runs shard K/N's contiguous block of the plan's tasks, rewriting the partial result atomically after every task,
    /// and prints where it went. Failed tasks are results too (the merge turns them into failed rows), so the exit code is 0.
    /// </summary>
    private static int RunShard(ClassifyOptions o, IReadOnlyList<ModelKind> models, SelectionPlan plan, TextWriter output, CancellationToken cancellationToken)
    {
        var shard = o.Shard!.Value;
        var settings = ClassifyShardFile.SettingsOf(o, models, File.ReadAllBytes(o.Data));
        var data = ClassifyShardFile.DataOf(o.Data, plan.Empty);
        var (first, end) = shard.Range(plan.Tasks.Count);
        var results = new List<SelectionTaskResult>();
        void Save() => AtomicFile.WriteAllText(o.Out!, new ClassifyShardFile(shard.ToString(), settings, data, plan.Tasks.Count, first, end - first, results).ToJson());
        Save();
        ConsoleProgress.Run($"classify {plan.Empty.Dataset} shard {shard}", o.Quiet, show =>
        {
            for (int i = first; i < end; i++)
            {
                var task = plan.Tasks[i];
                show($"task {i - first + 1}/{end - first}: {ModelNames.Name(task.Kind)} grid point {task.Candidate + 1}{(task.Fold is int f ? $" fold {f + 1}" : " final fit")}");
                results.Add(plan.Run(task, cancellationToken));
                Save();
            }
            return 0;
        });
        if (o.Format == OutputFormat.Json)
            JsonOutput.Write(output, new JsonObject { ["kind"] = ClassifyShardFile.Kind, ["shard"] = shard.ToString(), ["tasks"] = plan.Tasks.Count, ["first"] = first, ["count"] = end - first, ["out"] = o.Out });
        else output.WriteLine($"shard {shard}: tasks {first}..{end - 1} of {plan.Tasks.Count} written to {o.Out}");
        return ExitCodes.Ok;
    }

    private static void Table(ClassificationResult r, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"{r.Dataset}: {r.TrainSamples} train / {r.TestSamples} test samples, {r.Features} features, classes {string.Join(", ", r.Classes)}");
        var t = new TextTable("model", "status", "qubits", "params", "hyperparameters", "cv acc", "test acc", "train s", "sim evals", "device circuits", "device s");
        foreach (var m in r.Models)
        {
            if (!m.Ok)
            {
                t.Add(ModelNames.Name(m.Kind), "failed: " + m.Reason);
                continue;
            }
            t.Add(ModelNames.Name(m.Kind), "ok", m.Qubits.ToString(inv), m.Parameters.ToString(inv), m.Hyperparameters,
                $"{m.CvMean.ToString("F3", inv)} ± {m.CvStd.ToString("F3", inv)}", m.TestAccuracy.ToString("F3", inv), m.TrainingSeconds.ToString("F2", inv),
                m.Simulations.ToString(inv), m.DeviceCircuits.ToString(inv), m.DeviceSeconds?.ToString("G3", inv) ?? "-");
        }
        t.Write(output);
        output.WriteLine("sim evals: state-vector runs here (adjoint pass = 1); device circuits: parameter shift for vqc, one circuit per kernel entry; device s: IBM Heron timings, all-to-all, shots per circuit as in JSON.");
    }

    private static JsonObject Json(ClassificationResult r, ClassifyOptions o)
    {
        var models = new JsonArray();
        foreach (var m in r.Models)
            models.Add(new JsonObject
            {
                ["model"] = ModelNames.Name(m.Kind), ["status"] = m.Status, ["reason"] = m.Reason, ["qubits"] = m.Qubits, ["parameters"] = m.Parameters,
                ["hyperparameters"] = m.Hyperparameters, ["cvAccuracyMean"] = m.CvMean, ["cvAccuracyStd"] = m.CvStd, ["testAccuracy"] = m.TestAccuracy,
                ["trainingSeconds"] = m.TrainingSeconds, ["selectionSeconds"] = m.SelectionSeconds, ["simulations"] = m.Simulations,
                ["deviceCircuits"] = m.DeviceCircuits, ["predictionSimulations"] = m.PredictionSimulations,
                ["predictionDeviceCircuits"] = m.PredictionDeviceCircuits, ["shotsPerCircuit"] = m.ShotsPerCircuit,
                ["deviceSeconds"] = m.DeviceSeconds is double d ? JsonOutput.Number(d) : null,
            });
        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["file"] = o.Data, ["name"] = r.Dataset, ["classes"] = new JsonArray(r.Classes.Select(c => (JsonNode)c).ToArray()),
                ["trainSamples"] = r.TrainSamples, ["testSamples"] = r.TestSamples, ["features"] = r.Features,
            },
            ["settings"] = new JsonObject
            {
                ["testFraction"] = o.TestFraction, ["folds"] = o.Folds, ["layers"] = o.Layers, ["shots"] = o.Shots, ["epochs"] = o.Epochs, ["seed"] = o.Seed,
                ["loss"] = o.Loss == VqcLoss.Square ? "square" : "logistic", ["trainer"] = o.Trainer == VqcTrainer.Lbfgs ? "lbfgs" : "adam",
            },
            ["models"] = models,
        };
    }
}
