using QuantumApps.Learning.Data;

namespace QuantumApps.Learning.Models;

/// <summary>A classifier with fixed hyperparameters: trains on features and class indices 0…classes−1.</summary>
public interface IClassifier
{
    /// <summary>Model name (svm-rbf, qkernel, vqc, …).</summary>
    string Name { get; }

    /// <summary>Trains on <paramref name="x"/>, <paramref name="y"/>; all randomness (initial weights, mini-batches, shots) from <paramref name="rng"/>.</summary>
    ITrainedClassifier Fit(FeatureMatrix x, IReadOnlyList<int> y, int classCount, Random rng, CancellationToken cancellationToken = default);
}
