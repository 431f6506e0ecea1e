using System.Globalization;
using System.Text.Json.Nodes;
using QuantumApps.Cli.Commands;
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
        if (o.KernelStats && o.MaxQubits < 2) throw new QuantumAppsException($"--max-qubits must be at least 2, not {o.MaxQubits}");
        var data = DatasetReader.Read(o.Data, o.Label);
        if (o.Classes is not null) data = data.SelectClasses(o.Classes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (data.ClassCount < 2) throw new QuantumAppsException($"{data.Name}: only one class; a classifier needs at least two");
        if (o.Features is int k && (k < 1 || k > data.Features))
            throw new QuantumAppsException($"--features {k} must be between 1 and the {data.Features} feature columns of {data.Name}");
        if (o.KernelStats) return KernelStatsReport.Run(data, o, output, cancellationToken);
        var settings = new BenchmarkSettings(o.Features, o.TestFraction, o.Folds, o.Layers, o.Shots, o.Epochs, Loss: o.Loss, Trainer: o.Trainer);
        var result = ConsoleProgress.Run($"classify {data.Name}", o.Quiet,
            show => ClassificationBenchmark.Run(data, models, settings, o.Seed, ConsoleProgress.Reporter<string>(show, s => s), cancellationToken));
        if (o.Format == OutputFormat.Json) JsonOutput.Write(output, Json(result, o));
        else Table(result, output);
        return result.Models.All(m => m.Ok) ? ExitCodes.Ok : result.Models.Any(m => m.Ok) ? ExitCodes.Partial : ExitCodes.Failure;
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

    private static JsonNode Json(ClassificationResult r, ClassifyOptions o)
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
