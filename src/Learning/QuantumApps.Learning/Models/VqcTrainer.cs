namespace QuantumApps.Learning.Models;

/// <summary>How the VQC weights are trained: Adam on mini-batches or L-BFGS on the full batch (both on adjoint gradients).</summary>
public enum VqcTrainer
{
    /// <summary>Adam (Kingma &amp; Ba 2015), one step per mini-batch, batches reshuffled every epoch.</summary>
    Adam,

    /// <summary>L-BFGS with a strong-Wolfe line search on the full training set.</summary>
    Lbfgs,
}
