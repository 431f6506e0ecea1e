using System.Diagnostics;
using QuantumApps.Learning.Data;
using QuantumApps.Learning.Experiments;
using QuantumApps.Learning.Models;
using QuantumApps.Learning.Preprocessing;
using QuantumApps.Simulator;
using QuantumApps.Simulator.Compilation;

namespace QuantumApps.Learning.Selection;

/// <summary>
/// The classification benchmark as a list of independent tasks (<see cref="SelectionTask"/>), so that its
/// cross-validation folds can be split over processes (<c>classify --shard K/N</c>) and assembled afterwards into the
/// result one run gives. The plan fixes the seeded stratified train/test split, the preprocessing fitted on the training
/// part and the k folds. <see cref="Tasks"/> lists, model by model in the requested order: every grid point on every fold
/// (grid point major), then every grid point's final fit. <c>Assemble</c> turns task results into one
/// <see cref="ModelOutcome"/> per model: the grid point with the best mean fold accuracy wins (the first on ties; mean
/// and population standard deviation over the folds), its final task gives the test accuracy and costs, and the first
/// failed task of a model (in task order) makes the model's row failed with that reason.
/// </summary>
public sealed class SelectionPlan
{
    private readonly Dataset _train;
    private readonly Dataset _test;
    private readonly FeaturePipeline _pipeline;
    private readonly IReadOnlyList<TrainTestSplit> _folds;

    private SelectionPlan(Dataset data, IReadOnlyList<ModelKind> models, BenchmarkSettings settings, int seed)
    {
        Settings = settings;
        Seed = seed;
        Models = models;
        var split = StratifiedSplit.TrainTest(data.Labels, data.ClassCount, settings.TestFraction, new Random(seed));
        _train = data.Subset(split.Train);
        _test = data.Subset(split.Test);
        _pipeline = FeaturePipeline.Fit(_train, settings.Features);
        _folds = StratifiedSplit.KFold(_train.Labels, _train.ClassCount, settings.Folds, new Random(seed + 1));
        if (_folds.Count != settings.Folds) throw new ArgumentException($"{settings.Folds} folds requested, {_folds.Count} made");
        Tasks = TaskList(models, settings);
        Empty = new ClassificationResult(data.Name, _train.Count, _test.Count, _pipeline.OutputColumns, data.ClassNames, []);
    }

    /// <summary>The benchmark settings.</summary>
    public BenchmarkSettings Settings { get; }

    /// <summary>The run seed (split, folds and every task's generator derive from it).</summary>
    public int Seed { get; }

    /// <summary>The models, in row order.</summary>
    public IReadOnlyList<ModelKind> Models { get; }

    /// <summary>Every task, in the order described on the type.</summary>
    public IReadOnlyList<SelectionTask> Tasks { get; }

    /// <summary>The data-set part of the result (name, sizes, features, classes) with no model rows.</summary>
    public ClassificationResult Empty { get; }

    /// <summary>Splits <paramref name="data"/> and fixes the folds and tasks.</summary>
    public static SelectionPlan Create(Dataset data, IReadOnlyList<ModelKind> models, BenchmarkSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(settings);
        return new SelectionPlan(data, models, settings, seed);
    }

    /// <summary>
    /// The seed of <paramref name="task"/>'s generator: a SplitMix64 hash of the run seed, the model, the grid point and
    /// the fold (−1 for the final fit), so no two tasks share a stream and none depends on which tasks ran before.
    /// </summary>
    public static int TaskSeed(int seed, SelectionTask task)
    {
        ulong h = (ulong)(uint)seed;
        foreach (long part in new long[] { (long)task.Kind, task.Candidate, task.Fold ?? -1 })
            h = Mix(h ^ (ulong)part);
        return (int)(h >> 33);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// The tasks of <paramref name="models"/> under <paramref name="settings"/> (<see cref="BenchmarkSettings.Folds"/> folds,
    /// the grid of every model), in the order described on the type. Needs no data: a merge of shards rebuilds it.
    /// </summary>
    public static IReadOnlyList<SelectionTask> TaskList(IReadOnlyList<ModelKind> models, BenchmarkSettings settings)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(settings);
        var tasks = new List<SelectionTask>();
        foreach (var kind in models)
        {
            int points = settings.Grid(kind).Count;
            for (int g = 0; g < points; g++)
                for (int f = 0; f < settings.Folds; f++) tasks.Add(new SelectionTask(kind, g, f));
            for (int g = 0; g < points; g++) tasks.Add(new SelectionTask(kind, g, null));
        }
        return tasks;
    }

    /// <summary>
    /// Runs one task. A model that cannot run (too many qubits, too few features for its readouts, …) gives a result with
    /// its <see cref="SelectionTaskResult.Failure"/> instead of throwing.
    /// </summary>
    public SelectionTaskResult Run(SelectionTask task, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!Models.Contains(task.Kind)) throw new ArgumentException($"{ModelNames.Name(task.Kind)} is not a model of this plan");
        var candidate = Settings.Grid(task.Kind)[task.Candidate];
        var rng = new Random(TaskSeed(Seed, task));
        var clock = Stopwatch.StartNew();
        try
        {
            if (task.Fold is int f)
            {
                double acc = CrossValidation.FoldAccuracy(_train, candidate, _folds[f], Settings.Features, rng, cancellationToken);
                return new SelectionTaskResult(task.Kind, task.Candidate, f, null, acc, clock.Elapsed.TotalSeconds);
            }

            var xTrain = new FeatureMatrix(_pipeline.Transform(_train), _pipeline.OutputColumns);
            var xTest = new FeatureMatrix(_pipeline.Transform(_test), _pipeline.OutputColumns);
            var classifier = candidate.Create(_pipeline.OutputColumns, rng);
            clock.Restart();
            var trained = classifier.Fit(xTrain, _train.Labels.ToArray(), _train.ClassCount, rng, cancellationToken);
            double seconds = clock.Elapsed.TotalSeconds;
            var prediction = trained.Predict(xTest, cancellationToken);
            double accuracy = CrossValidation.Accuracy(prediction.Labels, _test.Labels);
            var cost = trained.TrainingCost;
            int qubits = cost.Circuit?.NumQubits ?? 0;
            int shots = qubits == 0 ? 0 : Settings.Shots > 0 ? Settings.Shots : Settings.DeviceShots;
            double? device = null;
            if (cost.Circuit is not null && cost.DeviceCircuits > 0)
                device = HardwareCostModel.Estimate(cost.Circuit, Topology.AllToAll, cost.DeviceCircuits * shots,
                    (int)Math.Min(int.MaxValue, cost.DeviceCircuits), DeviceTimings.IbmHeron).DeviceSeconds;
            return new SelectionTaskResult(task.Kind, task.Candidate, null, null, accuracy, seconds, qubits, trained.Parameters, cost.Simulations,
                cost.DeviceCircuits, prediction.Cost.Simulations, prediction.Cost.DeviceCircuits, shots, device);
        }
        catch (Exception e) when (e is QuantumAppsException or ArgumentException or OutOfMemoryException)
        {
            return new SelectionTaskResult(task.Kind, task.Candidate, task.Fold, e.Message, 0, clock.Elapsed.TotalSeconds);
        }
    }

    /// <summary>
    /// Runs the whole benchmark in one process: per model its fold tasks in order (stopping at the first failure), then
    /// only the winning grid point's final task (the other final tasks cannot change the result), then
    /// <c>Assemble</c>.
    /// </summary>
    public ClassificationResult RunAll(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<SelectionTaskResult>();
        foreach (var kind in Models)
        {
            string name = ModelNames.Name(kind);
            var grid = Settings.Grid(kind);
            var cv = new List<SelectionTaskResult>();
            foreach (var task in Tasks.Where(t => t.Kind == kind && !t.IsFinal))
            {
                if (task.Fold == 0) progress?.Report($"{name}: cross-validating {grid[task.Candidate].Hyperparameters} ({task.Candidate + 1}/{grid.Count})");
                var r = Run(task, cancellationToken);
                cv.Add(r);
                if (r.Failure is not null) break;
            }
            results.AddRange(cv);
            if (cv.Any(r => r.Failure is not null)) continue;
            int best = Best(grid.Count, cv).Candidate;
            progress?.Report($"{name}: training with {grid[best].Hyperparameters}");
            results.Add(Run(new SelectionTask(kind, best, null), cancellationToken));
        }
        return Assemble(results);
    }

    /// <summary>The benchmark result from task results of this plan (see the static overload).</summary>
    public ClassificationResult Assemble(IEnumerable<SelectionTaskResult> results) => Assemble(Empty, Models, Settings, results);

    /// <summary>
    /// The benchmark result from task results (any order; final tasks of losing grid points may be missing):
    /// <paramref name="dataset"/>'s data-set fields with one row per model of <paramref name="models"/>. Needs no data, so a
    /// merge of shards can call it. Throws <see cref="ArgumentException"/> when a result the outcome needs is missing.
    /// </summary>
    public static ClassificationResult Assemble(ClassificationResult dataset, IReadOnlyList<ModelKind> models, BenchmarkSettings settings,
        IEnumerable<SelectionTaskResult> results)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(results);
        var tasks = TaskList(models, settings);
        var byTask = new Dictionary<SelectionTask, SelectionTaskResult>();
        foreach (var r in results) byTask[r.ToTask()] = r;
        var rows = new List<ModelOutcome>();
        foreach (var kind in models)
        {
            var grid = settings.Grid(kind);
            var cv = new List<SelectionTaskResult>();
            string? failure = null;
            foreach (var task in tasks.Where(t => t.Kind == kind && !t.IsFinal))
            {
                var r = byTask.GetValueOrDefault(task) ?? throw new ArgumentException($"no result for {ModelNames.Name(kind)} grid point {task.Candidate} fold {task.Fold}");
                if (r.Failure is not null) { failure = r.Failure; break; }
                cv.Add(r);
            }
            if (failure is null)
            {
                var (best, mean, std) = Best(grid.Count, cv);
                var final = byTask.GetValueOrDefault(new SelectionTask(kind, best, null))
                    ?? throw new ArgumentException($"no final fit for {ModelNames.Name(kind)} grid point {best}");
                if (final.Failure is null)
                {
                    rows.Add(new ModelOutcome(kind, "ok", null, final.Qubits, final.Parameters, grid[best].Hyperparameters, mean, std, final.Accuracy,
                        final.Seconds, cv.Sum(r => r.Seconds), final.Simulations, final.DeviceCircuits, final.PredictionSimulations,
                        final.PredictionDeviceCircuits, final.ShotsPerCircuit, final.DeviceSeconds));
                    continue;
                }
                failure = final.Failure;
            }
            rows.Add(new ModelOutcome(kind, "failed", failure, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null));
        }
        return dataset with { Models = rows };
    }

    /// <summary>The grid point with the highest mean fold accuracy (first on ties), its mean and population standard deviation.</summary>
    private static (int Candidate, double Mean, double Std) Best(int points, IReadOnlyList<SelectionTaskResult> cv)
    {
        (int Candidate, double Mean, double Std) best = (0, -1, 0);
        for (int g = 0; g < points; g++)
        {
            var (mean, std) = CrossValidation.MeanAndStd(cv.Where(r => r.Candidate == g).OrderBy(r => r.Fold).Select(r => r.Accuracy).ToArray());
            if (mean > best.Mean) best = (g, mean, std);
        }
        return best;
    }
}
