using QuantumApps.Learning.Data;
using QuantumApps.Learning.Models;
using QuantumApps.Learning.Selection;

namespace QuantumApps.Learning.Experiments;

/// <summary>
/// Runs every requested model on one seeded stratified split: hyperparameters by k-fold cross-validation on the training
/// part (<see cref="HyperparameterGrid"/>, the same number of points for every model), then the best candidate is trained
/// on the whole training part (preprocessing fitted there) and scored on the test part. A model that fails (too many
/// qubits, too few features for its readouts, …) is reported with its reason and never stops the others.
/// The work is a <see cref="SelectionPlan"/> of independent tasks (one per grid point and fold, one per final fit), each
/// drawing from its own generator seeded from the run seed, the model, the grid point and the fold: adding a model does
/// not change the others' numbers, and the folds can be split over processes (<c>classify --shard K/N</c>) and merged
/// into the same result.
/// </summary>
public static class ClassificationBenchmark
{
    /// <summary>Runs the benchmark; <paramref name="progress"/> receives a line per step.</summary>
    public static ClassificationResult Run(Dataset data, IReadOnlyList<ModelKind> models, BenchmarkSettings settings, int seed,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default) =>
        SelectionPlan.Create(data, models, settings, seed).RunAll(progress, cancellationToken);
}
