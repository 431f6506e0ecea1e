namespace QuantumApps.Learning.Data;

/// <summary>Indices (into the full data set, ascending) of the training and the test part of a split.</summary>
public sealed record TrainTestSplit(IReadOnlyList<int> Train, IReadOnlyList<int> Test);
