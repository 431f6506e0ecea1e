using QuantumApps.Learning.Models;

namespace QuantumApps.Learning.Selection;

/// <summary>
/// Settings of the classification benchmark: <see cref="Features"/> k (null: all columns), test fraction, CV folds, VQC
/// layers and trainer settings, <see cref="Shots"/> per kernel entry (0 = exact), and <see cref="DeviceShots"/>, the shots
/// per circuit assumed for the device-time estimate of exact runs, and the VQC's <see cref="Loss"/> and <see cref="Trainer"/>.
/// </summary>
public sealed record BenchmarkSettings(int? Features = null, double TestFraction = 0.3, int Folds = 5, int Layers = 1, int Shots = 0,
    int Epochs = 100, int DeviceShots = 1000, VqcLoss Loss = VqcLoss.Logistic, VqcTrainer Trainer = VqcTrainer.Adam)
{
    /// <summary>The grid of <paramref name="kind"/>: three points for every model, quantum or classical.</summary>
    public IReadOnlyList<Candidate> Grid(ModelKind kind) => HyperparameterGrid.For(kind, this);
}
