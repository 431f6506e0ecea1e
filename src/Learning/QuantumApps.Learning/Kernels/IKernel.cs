using QuantumApps.Learning.Data;

namespace QuantumApps.Learning.Kernels;

/// <summary>A positive semi-definite kernel k(x, x') on feature vectors, evaluated as whole matrices.</summary>
public interface IKernel
{
    /// <summary>Short name for output (linear, rbf, zz, iqp-separable, projected-zz, …).</summary>
    string Name { get; }

    /// <summary>Qubits the kernel's circuits use (0 for a classical kernel).</summary>
    int Qubits { get; }

    /// <summary>The Gram matrix K[i, j] = k(x_i, x_j) of the training samples (symmetric).</summary>
    KernelMatrix Gram(FeatureMatrix x, CancellationToken cancellationToken = default);

    /// <summary>K[i, j] = k(a_i, b_j), e.g. test samples against training samples.</summary>
    KernelMatrix Cross(FeatureMatrix a, FeatureMatrix b, CancellationToken cancellationToken = default);
}
