namespace QuantumApps.Learning.Experiments;

/// <summary>The benchmark on one data set and split: sizes, features, classes and one outcome per requested model.</summary>
public sealed record ClassificationResult(string Dataset, int TrainSamples, int TestSamples, int Features, IReadOnlyList<string> Classes,
    IReadOnlyList<ModelOutcome> Models);
