namespace QuantumApps.Learning.Models;

/// <summary>
/// Per-readout loss of the VQC for a target s = ±1 and readout z = ⟨Z_k⟩ ∈ [−1, 1]:
/// <see cref="Logistic"/> −log p with p = (1 + s z)/2 (the readout read as a probability; p floored at 1e-12) and
/// <see cref="Square"/> (s − z)².
/// </summary>
public enum VqcLoss
{
    /// <summary>Cross-entropy of p = (1 + s z)/2.</summary>
    Logistic,

    /// <summary>(s − z)², as in the PennyLane variational-classifier tutorial.</summary>
    Square,
}
