using QuantumApps.Learning.Data;

namespace QuantumApps.Learning.Models;

/// <summary>A trained classifier: predicts class indices and reports what training cost.</summary>
public interface ITrainedClassifier
{
    /// <summary>What training cost (circuit evaluations here and on a device).</summary>
    ModelCost TrainingCost { get; }

    /// <summary>Trainable parameters (weights, dual coefficients of support vectors, …).</summary>
    int Parameters { get; }

    /// <summary>Predicted class of every row of <paramref name="x"/>, and what predicting cost.</summary>
    Prediction Predict(FeatureMatrix x, CancellationToken cancellationToken = default);
}
