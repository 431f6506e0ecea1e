namespace QuantumApps.Learning.Models;

/// <summary>Predicted class indices and the cost of computing them.</summary>
public sealed record Prediction(IReadOnlyList<int> Labels, ModelCost Cost);
