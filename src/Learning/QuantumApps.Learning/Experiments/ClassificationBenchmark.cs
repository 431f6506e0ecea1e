using System.Diagnostics;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Models;
using QuantumApps.Learning.Preprocessing;
using QuantumApps.Learning.Selection;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Learning.Experiments;

/// <summary>
/// Runs every requested model on one seeded stratified split: hyperparameters by k-fold cross-validation on the training
/// part (<see cref="HyperparameterGrid"/>, the same number of points for every model), then the best candidate is trained
/// on the whole training part (preprocessing fitted there) and scored on the test part. A model that fails (too many
/// qubits, too few features for its readouts, …) is reported with its reason and never stops the others.
/// Each model draws from its own generator seeded from the run seed and its kind, so adding a model does
/// not change the others' numbers.
/// </summary>
public static class ClassificationBenchmark
{
    /// <summary>Runs the benchmark; <paramref name="progress"/> receives a line per step.</summary>
    public static ClassificationResult Run(Dataset data, IReadOnlyList<ModelKind> models, BenchmarkSettings settings, int seed,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var split = StratifiedSplit.TrainTest(data.Labels, data.ClassCount, settings.TestFraction, new Random(seed));
        var train = data.Subset(split.Train);
        var test = data.Subset(split.Test);
        var pipeline = FeaturePipeline.Fit(train, settings.Features);
        var folds = StratifiedSplit.KFold(train.Labels, train.ClassCount, settings.Folds, new Random(seed + 1));
        var outcomes = new List<ModelOutcome>();
        foreach (var kind in models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                outcomes.Add(RunOne(kind, train, test, pipeline, folds, settings, new Random(seed * 31 + (int)kind + 7), progress, cancellationToken));
            }
            catch (Exception e) when (e is QuantumAppsException or ArgumentException or OutOfMemoryException)
            {
                outcomes.Add(new ModelOutcome(kind, "failed", e.Message, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null));
            }
        }
        return new ClassificationResult(data.Name, train.Count, test.Count, pipeline.OutputColumns, data.ClassNames, outcomes);
    }

    private static ModelOutcome RunOne(ModelKind kind, Dataset train, Dataset test, FeaturePipeline pipeline, IReadOnlyList<TrainTestSplit> folds,
        BenchmarkSettings settings, Random rng, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        string name = ModelNames.Name(kind);
        var grid = settings.Grid(kind);
        var clock = Stopwatch.StartNew();
        int best = 0;
        (double Mean, double Std) bestScore = (-1, 0);
        for (int g = 0; g < grid.Count; g++)
        {
            progress?.Report($"{name}: cross-validating {grid[g].Hyperparameters} ({g + 1}/{grid.Count})");
            var score = CrossValidation.Score(train, grid[g], folds, settings.Features, rng, cancellationToken);
            if (score.Mean > bestScore.Mean) { bestScore = score; best = g; }
        }
        double selection = clock.Elapsed.TotalSeconds;
        progress?.Report($"{name}: training with {grid[best].Hyperparameters}");
        var xTrain = new FeatureMatrix(pipeline.Transform(train), pipeline.OutputColumns);
        var xTest = new FeatureMatrix(pipeline.Transform(test), pipeline.OutputColumns);
        var classifier = grid[best].Create(pipeline.OutputColumns, rng);
        clock.Restart();
        var trained = classifier.Fit(xTrain, train.Labels.ToArray(), train.ClassCount, rng, cancellationToken);
        double seconds = clock.Elapsed.TotalSeconds;
        var prediction = trained.Predict(xTest, cancellationToken);
        double accuracy = CrossValidation.Accuracy(prediction.Labels, test.Labels);
        var cost = trained.TrainingCost;
        int qubits = cost.Circuit?.NumQubits ?? 0;
        int shots = qubits == 0 ? 0 : settings.Shots > 0 ? settings.Shots : settings.DeviceShots;
        double? device = null;
        if (cost.Circuit is not null && cost.DeviceCircuits > 0)
            device = HardwareCostModel.Estimate(cost.Circuit, Topology.AllToAll, cost.DeviceCircuits * shots,
                (int)Math.Min(int.MaxValue, cost.DeviceCircuits), DeviceTimings.IbmHeron).DeviceSeconds;
        return new ModelOutcome(kind, "ok", null, qubits, trained.Parameters, grid[best].Hyperparameters, bestScore.Mean, bestScore.Std, accuracy,
            seconds, selection, cost.Simulations, cost.DeviceCircuits, prediction.Cost.Simulations, prediction.Cost.DeviceCircuits, shots, device);
    }
}
