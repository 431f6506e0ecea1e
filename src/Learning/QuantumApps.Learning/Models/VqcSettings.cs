using QuantumApps.Simulator;

namespace QuantumApps.Learning.Models;

/// <summary>
/// VQC hyperparameters: <see cref="Layers"/> L, <see cref="Reupload"/> (RY encoding repeated before every layer,
/// Pérez-Salinas et al. 2020, Quantum 4, 226), loss, trainer, <see cref="LearningRate"/> (Adam), <see cref="Epochs"/>
/// (passes over the training set; L-BFGS iterations for L-BFGS), <see cref="BatchSize"/> (0 = full batch),
/// <see cref="InitialScale"/> (initial weights drawn N(0, scale²)), <see cref="Separable"/> (no CNOT ring: the
/// product-state control of Bowles et al. 2024).
/// </summary>
public sealed record VqcSettings(int Layers = 1, bool Reupload = false, VqcLoss Loss = VqcLoss.Logistic, VqcTrainer Trainer = VqcTrainer.Adam,
    double LearningRate = 0.05, int Epochs = 100, int BatchSize = 0, double InitialScale = 0.1, bool Separable = false)
{
    /// <summary>Throws on settings that cannot train.</summary>
    public void Validate()
    {
        if (Layers < 1) throw new QuantumAppsException($"--layers must be at least 1, not {Layers}");
        if (!(LearningRate > 0)) throw new QuantumAppsException($"the learning rate must be positive, not {LearningRate}");
        if (Epochs < 1) throw new QuantumAppsException($"epochs must be at least 1, not {Epochs}");
        if (BatchSize < 0) throw new QuantumAppsException($"the batch size must be non-negative, not {BatchSize}");
    }
}
